"""The printed plan shows paid hours beside the praktik hours, and the minutes of an evaluation
print the verdict (and other meetings' minutes leave the section out)."""

from __future__ import annotations

import dataclasses

from desktop.documents import CopyFor, examples, render_minutes, render_plan
from desktop.domain.records import HoursPeriod

ORG = examples.organisation()


def test_the_plan_prints_paid_hours_beside_the_praktik(pdf_text) -> None:
    document = examples.plan_document()
    plain = pdf_text(render_plan(document, ORG, CopyFor.COMPANY))
    assert "Timer pr. uge" in plain and "Løntimer" not in plain
    periods = [*document.plan.periods[:-1],
               dataclasses.replace(document.plan.periods[-1], paid_hours_per_week=12.5)]
    assert isinstance(periods[-1], HoursPeriod)
    with_paid = dataclasses.replace(
        document, plan=document.plan.replace(periods=periods)
    )
    text = pdf_text(render_plan(with_paid, ORG, CopyFor.COMPANY))
    assert "Praktik pr. uge" in text and "Løntimer pr. uge" in text and "12,5" in text
    assert "Løntimer" in text.split("Løntimer pr. uge", 1)[1]  # the chart's legend too


def test_evaluation_minutes_print_the_verdict_and_others_do_not(pdf_text) -> None:
    document = examples.minutes_document()
    assert "Evaluering af praktikken" not in pdf_text(render_minutes(document, ORG,
                                                                     CopyFor.COMPANY))
    meeting = document.meeting.replace(
        manages_tasks="ja", company_benefit="delvist", next_step="ansaettelse",
        hire_hours_per_week=15.0, support_hours=2.0,
    )
    text = pdf_text(render_minutes(dataclasses.replace(document, meeting=meeting), ORG,
                                   CopyFor.COMPANY))
    assert "Evaluering af praktikken" in text
    assert "Ansættelse i et antal timer" in text and "15" in text
    assert "Brugte støttetimer" in text
