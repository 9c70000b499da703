<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="da_DK">
    <context>
        <name>AccommodationRow</name>
        <message>
            <location filename="../../desktop/ui/documents/agreement_editor.py" line="+65" />
            <source>Hvad betyder det i arbejdet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Hvornår / hvor ofte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Skånehensyn %1: kategori</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skånehensyn %1: beskrivelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skånehensyn %1: hvornår</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fjern skånehensyn %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionRow</name>
        <message>
            <location filename="../../desktop/ui/kit/rows.py" line="+84" />
            <source>Hvad skal gøres?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Udført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Handling %1: hvad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Handling %1: hvem har bolden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Handling %1: frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handling %1: udført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fjern handling %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Handling %1: skriv fristen som dd.mm.åååå.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AftercareDialog</name>
        <message>
            <location filename="../../desktop/ui/shell/case_page.py" line="+370" />
            <source>Planlæg efterværn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Ansættelsen startede:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Der oprettes opfølgninger efter 2 uger og 1, 3, 6 og 12 måneder (eller forløbets egen kadence).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Startdato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Skriv en dato.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../desktop/ui/kit/models.py" line="+291" />
            <source>Tidspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Næste møde (planlagt)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <location filename="../../desktop/ui/documents/agreement_editor.py" line="+26" />
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kontaktperson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1: navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1: kontaktperson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Ordning og periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>fx 12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Timer %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Timer fordelt på ugedage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Beskriv hvad hensynet betyder i arbejdet (funktionelt), ikke en diagnose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Kategori</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Beskrivelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hvornår</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Vælg skånehensyn fra kataloget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Tilføj fra katalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tilføj andet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Opgaver og støtte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Dårlige dage og samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Borgeren giver samtykke til, at aftalen deles med virksomheden og mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+92" />
            <source>%1: skriv et tal, fx 12,5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Timer pr. ugedag skal være tal, fx 4 eller 3,5.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desktop/app.py" line="+111" />
            <source>Trepart</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../desktop/ui/kit/models.py" line="+149" />
            <source>Tidspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Bruger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Detaljer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseActionModel</name>
        <message>
            <location line="-57" />
            <source>Hvad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hvem har bolden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Udført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Nej</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseEditorDialog</name>
        <message>
            <location filename="../../desktop/ui/cases/case_editor.py" line="+90" />
            <source>Nyt forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Rediger forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Forløbet oprettes for en eksisterende borger; ændringer her gemmes på borgeren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseFollowUpModel</name>
        <message>
            <location filename="../../desktop/ui/kit/models.py" line="+19" />
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Betegnelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Registreret ved møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Nej</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <location line="+85" />
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ordning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseMeetingModel</name>
        <message>
            <location line="-149" />
            <source>Tidspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Virker skånehensynene?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Åbne handlinger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Næste møde</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location line="-163" />
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ordning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Konsulent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Slut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../desktop/ui/shell/case_page.py" line="-316" />
            <source>← Tilb&amp;age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tilbage (Alt+Venstre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Henter forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rediger forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rediger forløb og borger (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nyt &amp;møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Registrér et nyt møde (Ctrl+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Møder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Efterværn og opfølgninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Efter ansættelse følges der op med faste mellemrum (2 uger, 1, 3, 6 og 12 måneder), så borgeren ikke vender tilbage til ledighed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Planlæg efterværn …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Registrér &amp;opfølgningsmøde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Overblik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mø&amp;der</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Skånehensyn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tre&amp;partsplan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Efterværn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Næste møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>CPR-nummer, adresse, målgruppe og helbredsnoter vises kun for jobcentret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ingen virksomhed knyttet til forløbet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Deltagere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Åbne handlinger</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../desktop/ui/cases/cases_page.py" line="+53" />
            <source>Søg i navn, virksomhed, noter … (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Søg i forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Søg:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Alle statusser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>St&amp;atus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Alle ordninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ordning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ordning:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+112" />
            <source>Alle konsulenter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-108" />
            <source>Konsulent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Konsulent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Nyt forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opret et nyt forløb (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+18" />
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <source>Antal forløb</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+103" />
            <source>%n forløb</source>
            <translation>
                <numerusform>%n forløb</numerusform>
                <numerusform>%n forløb</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Viser %1 af %2 forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Forbereder søgning … (%1 af %2 forløb)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>(søger foreløbig kun i navne; noter kommer med om et øjeblik)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../desktop/ui/shell/settings_dialog.py" line="+166" />
            <source>Skift adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nuværende adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ny adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Gentag ny adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Nuværende:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;y:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Gentag ny:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Styrke: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>De to nye adgangskoder er ikke ens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Vælg en stærkere adgangskode.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CitizenDialog</name>
        <message>
            <location filename="../../desktop/ui/people/citizen_editor.py" line="+43" />
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Borgerens forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nyt &amp;forløb for borgeren …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Forløb:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CitizenModel</name>
        <message>
            <location filename="../../desktop/ui/kit/models.py" line="+255" />
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>CPR-nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Åbne forløb</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CitizensPage</name>
        <message>
            <location filename="../../desktop/ui/people/people_pages.py" line="+130" />
            <source>Borgere</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location line="-18" />
            <source>Virksomheder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ny &amp;virksomhed …</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <location filename="../../desktop/ui/people/company_editor.py" line="+158" />
            <source>Ny virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Virksomhedens forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Forløb:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyModel</name>
        <message>
            <location filename="../../desktop/ui/kit/models.py" line="-30" />
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CVR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Adresse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Åbne forløb</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desktop/ui/syncing/conflicts.py" line="+50" />
            <source>Løs konflikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source> i forløbet «%1»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>To har ændret teksten samtidig fra det samme udgangspunkt. Vælg den udgave, der skal gælde, eller ret den samlede tekst nederst til. Den gemte tekst sendes til de andre ved næste synkronisering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Gældende tekst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Den anden tekst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fælles udgangspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Brug &amp;denne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Brug de&amp;nne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Behold &amp;begge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Gældende tekst&lt;/b&gt; (står i feltet nu)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Den anden tekst&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Teksten der skal gælde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Løs konflikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Fælles udgangspunkt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Teksten der skal gælde:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Teksten er tom. Vælg en af udgaverne, eller skriv den tekst, der skal gælde.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <location filename="../../desktop/ui/people/company_editor.py" line="-83" />
            <source>Tilføj &amp;kontaktperson</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <location line="-37" />
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rolle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Kontaktperson %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Fjern kontaktperson %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopyChooser</name>
        <message>
            <location filename="../../desktop/ui/kit/copy_chooser.py" line="+50" />
            <source>Forhåndsvis / udskriv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Hvem skal have eksemplaret?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Jeg udskriver jobcentrets eksemplar med CPR-nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Jobcentrets eksemplar er til sagen og viser borgerens CPR-nummer. Giv det aldrig til virksomheden eller mentoren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Vis eksemplaret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Annullér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Virksomhedens eksemplar (uden CPR-nummer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Borgerens eksemplar (uden CPR-nummer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jobcentrets eksemplar (med CPR-nummer, til sagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mentorens eksemplar (kun det, en mentor må se)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+147" />
            <source>Virksomhedens eksemplar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Borgerens eksemplar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jobcentrets eksemplar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mentorens eksemplar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Referat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gem mødet først; derefter kan referatet udskrives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Viser det gemte referat; ændringer, der ikke er gemt, er ikke med.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Referat: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopyPrintFlow</name>
        <message>
            <location line="-94" />
            <source>Kladde: ikke underskrevet af alle parter. Udskriften er mærket KLADDE og har ingen kontrolkode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Ikke forseglet endnu (%1). Viser en uforseglet udgave.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreatingPage</name>
        <message>
            <location filename="../../desktop/ui/shell/first_run.py" line="+248" />
            <location line="+13" />
            <source>Gendannelsesoplysninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>Vises kun denne ene gang. Skriv dem ned, eller gem dem et sikkert sted, og giv dem til IT, hvis du glemmer adgangskoden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Opretter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kopiér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Jeg har &amp;noteret oplysningerne</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../desktop/ui/kit/fields.py" line="+132" />
            <source>dd.mm.åååå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Vælg dato i kalender (Alt+Pil ned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Vælg dato i kalender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>%1: skriv en gyldig dato som dd.mm.åååå.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateTimeEdit</name>
        <message>
            <location line="+50" />
            <source>%1, dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1, klokkeslæt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <location filename="../../desktop/ui/documents/document_editor.py" line="+109" />
            <source>aftalen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Aftale om skånehensyn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Der er ingen aftale om skånehensyn endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Opret aftale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ændr aftale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Gem kladde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gem kladden (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Lav en ny version, der erstatter denne, når den er underskrevet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Forhåndsvis / udskriv …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Vis gældende version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Underskrifter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Underskriv …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 underskriver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Versioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status / underskrift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Versioner og underskrifter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Dobbeltklik på en version for at læse den.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+162" />
            <source>%1 · version %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+251" />
            <source>Ny kladde – ikke gemt endnu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-245" />
            <source>Version %1 er underskrevet af alle tre parter og er låst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Version %1 er underskrevet af alle tre parter og er låst. Brug '%2' for at lave en ny version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Version %1 er erstattet af en nyere version. Kun til læsning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Kun til læsning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>%1: %2, %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1: mangler underskrift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1: %2 · underskrevet %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source> · annulleret %1 af %2 (ændret: %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Annulleret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <source>Ændringer er ikke gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Ændring kræver ny underskrift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Underskriften bliver ugyldig, når ændringen gemmes. Den gemmes i historikken som annulleret, og parten skal underskrive igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ret alligevel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fortryd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+83" />
            <source>Ikke gemt: ret de markerede felter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Gemt kl. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Ikke gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>%1 kan ikke underskrives endnu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Virksomhedens kontaktperson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Virksomhedskonsulent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Afslut overdragelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Giv computeren tilbage til konsulenten. Skriv din adgangskode for at få hele Trepart tilbage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Alle tre parter har underskrevet. Versionen er låst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 har underskrevet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>PDF'en kunne ikke forsegles: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>%1, version %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentPreviewDialog</name>
        <message>
            <location filename="../../desktop/ui/kit/pdf_preview.py" line="+210" />
            <source>Eksemplar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftModel</name>
        <message>
            <location filename="../../desktop/ui/kit/models.py" line="+64" />
            <source>Gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Titel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <location filename="../../desktop/ui/shell/drafts.py" line="+126" />
            <source>Kladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Der er ingen kladder at gendanne.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftRestoreDialog</name>
        <message>
            <location filename="../../desktop/ui/shell/drafts_dialog.py" line="+20" />
            <source>Gendan kladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Kladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Gendan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Kassér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Senere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Der er formularer, der ikke blev gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Trepart blev lukket, mens disse formularer var åbne. Det indtastede er gemt krypteret som kladder. Vælg en kladde og gendan den, eller kassér den.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueActionModel</name>
        <message>
            <location filename="../../desktop/ui/kit/models.py" line="-201" />
            <source>Frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Hvem har bolden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hvad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%n dag(e) over frist</source>
            <translation>
                <numerusform>%n dag over frist</numerusform>
                <numerusform>%n dage over frist</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Frist i dag</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Om %n dag(e)</source>
            <translation>
                <numerusform>Om %n dag</numerusform>
                <numerusform>Om %n dage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../desktop/ui/shell/first_run.py" line="+36" />
            <location line="+6" />
            <source>Velkommen til Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Trepart gemmer forløb, møder og aftaler krypteret på denne computer, så du kan arbejde uden netværk ude på virksomhederne.

Først skal Trepart vide, hvem du er, og du skal vælge en adgangskode.

Datamappe: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpDueModel</name>
        <message>
            <location filename="../../desktop/ui/kit/models.py" line="-43" />
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Opfølgning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Konsulent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormController</name>
        <message>
            <location filename="../../desktop/ui/kit/form.py" line="+63" />
            <location line="+106" />
            <source>Ændringer er ikke gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-101" />
            <source>&amp;Gem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Behold som &amp;kladde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Kassér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Annullér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Vil du gemme ændringerne?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Ingen ændringer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Kladde gemt kl. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Kladden kunne ikke gemmes – prøver igen om lidt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <location line="+22" />
            <source>Ikke gemt: ret de markerede felter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>Gemt kl. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Ikke gemt – det indtastede er bevaret som kladde</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location line="+48" />
            <source>&amp;Gem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Luk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormField</name>
        <message>
            <location filename="../../desktop/ui/cases/case_editor.py" line="-83" />
            <source>(ingen virksomhed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>brugernavne adskilt af komma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>(intet endnu)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/kit/citizen_form.py" line="+17" />
            <source>ddmmåå-xxxx</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>(ikke angivet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Beskriv hvad det betyder for arbejdet, ikke diagnoser (fx 'tåler ikke løft over 5 kg').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location filename="../../desktop/ui/meetings/meeting_editor.py" line="+96" />
            <source>Kun for jobcentret. Vises aldrig for mentorer og kommer aldrig med på udskrifter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/people/company_editor.py" line="-46" />
            <source>8 cifre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>10 cifre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_editor.py" line="-49" />
            <source>fx 12,5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Borgerens eller virksomhedens egne ord; skrives ved overdragelse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Næste møde vises under I dag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/kit/field_table.py" line="+243" />
            <source>%1: skriv et tal, fx 12,5.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandOverController</name>
        <message>
            <location filename="../../desktop/ui/shell/handover.py" line="+84" />
            <source>Afslut &amp;overdragelse …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Skærmen er overdraget til borgeren. Skriv jeres bemærkninger og gem. Giv derefter computeren tilbage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Skærmen er overdraget til virksomheden. Skriv jeres bemærkninger og gem. Giv derefter computeren tilbage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Afslut overdragelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skriv din adgangskode for at få hele Trepart tilbage.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location line="-93" />
            <source>Overdrag skærmen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Borgeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Virksomheden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Overdrag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Hvem skal skrive i referatet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Skærmen viser derefter kun dette møde, uden helbredsnoter og uden adgang til andre forløb. Du skal bruge din adgangskode for at afslutte overdragelsen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HoursChart</name>
        <message>
            <location filename="../../desktop/ui/documents/hours_chart.py" line="+36" />
            <source>Planlagte og faktiske timer pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Ingen timer at vise endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Uge %1: planlagt %2, faktisk %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Planlagt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Faktisk (fra møder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Højst %1 t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Timer pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ingen timer endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>Uge %1: planlagt %2 t, faktisk %3 t</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdentityPage</name>
        <message>
            <location filename="../../desktop/ui/shell/first_run.py" line="-269" />
            <source>Hvem bruger Trepart på denne computer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Brugernavnet står i loggen ved alt, du gør, og bruges senere til at logge på serveren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Brugernavn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>fx fornavn.efternavn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rolle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Brugernavn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rolle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Team:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../desktop/ui/people/people_pages.py" line="-85" />
            <source>Filtrér listen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filtrér …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;iltrér:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>Viser %1 af %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="+71" />
            <source>Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>I dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Virksomheder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Borgere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 (Alt+%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+192" />
            <source>Forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Det åbne forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>Sprog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Det nye sprog bruges, næste gang Trepart starter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_editor.py" line="+97" />
            <source>Ingen ændringer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gemt-status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Tilføj handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-34" />
            <source>Gem mødet (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>G&amp;em</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Luk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Luk formularen (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>O&amp;verdrag skærmen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Giv computeren til borgeren eller virksomheden til dette referat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Forhåndsvis / udskriv referat …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Tilføj en handling (Ctrl+Shift+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Handlinger – hvem har bolden?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+74" />
            <source>Nyt møde: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Møde: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-127" />
            <source>Vil du gemme ændringerne i mødet?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingHost</name>
        <message>
            <location filename="../../desktop/ui/shell/meeting_host.py" line="+76" />
            <source>Det åbne møde har ændringer, der ikke er gemt. Skal de gemmes, før et andet møde åbnes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Et møde er åbent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Møde: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Gendannet fra kladde – husk at gemme</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../desktop/ui/shell/menus.py" line="+25" />
            <source>&amp;Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Gå til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <source>&amp;Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-27" />
            <source>&amp;Hjælp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Indstillinger …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Gendan &amp;kladder …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lås</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Afslut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;I dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Virksomheder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Borgere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Tilbage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Opdatér og synkronisér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Søg i forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Nyt forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Rediger forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nyt &amp;møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Tastaturgenveje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Om Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>I dag, Forløb, Virksomheder, Borgere, Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Søg i forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nyt forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rediger det åbne forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nyt møde i det åbne forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gem formularen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tilføj en handling i mødet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alt+Pil ned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Åbn kalenderen i et datofelt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Åbn den valgte række</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alt+Venstre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Tilbage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Luk formularen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opdatér og synkronisér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lås Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Tastaturgenveje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Om Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Trepart – forløb, møder og aftaler for virksomhedskonsulenter og mentorer.
Data ligger krypteret på denne computer og synkroniseres med kommunens server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantList</name>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_editor.py" line="-58" />
            <source>Tilføj &amp;deltager</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantRow</name>
        <message>
            <location filename="../../desktop/ui/kit/rows.py" line="-68" />
            <source>Deltager %1: navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deltager %1: rolle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fjern deltager %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordCheckDialog</name>
        <message>
            <location filename="../../desktop/ui/kit/password.py" line="+55" />
            <source>Adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adgangskode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Skriv adgangskoden.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordPage</name>
        <message>
            <location filename="../../desktop/ui/shell/first_run.py" line="+27" />
            <source>Vælg en adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Adgangskoden beskytter alle forløb på denne computer. Den gemmes ingen steder; vælg noget, du kan huske.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Gentag adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vis adgangskoden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Adgangskodens styrke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Adgangskode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Gentag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Styrke:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>De to adgangskoder er ikke ens.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../desktop/ui/kit/pdf_preview.py" line="-145" />
            <location line="+77" />
            <source>Udskriv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-76" />
            <location line="+48" />
            <source>Gem som PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-20" />
            <source>Dokumentet kan ikke vises: filen er ikke en gyldig PDF.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n side(r)</source>
            <translation>
                <numerusform>%n side</numerusform>
                <numerusform>%n sider</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>PDF-filer (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Filen kunne ikke gemmes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Printeren kunne ikke startes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Dokument</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodRow</name>
        <message>
            <location filename="../../desktop/ui/documents/plan_editor.py" line="+90" />
            <source>Periode %1: fra uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Periode %1: til uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Periode %1: dage pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Periode %1: timer pr. dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fjern periode %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>= %1 t/uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Uge %1-%2: skriv timer pr. dag som et tal, fx 2,5.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <location line="+14" />
            <source>planen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Trepartsplan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Der er ingen trepartsplan endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Opret plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ændr plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Mål og periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Ét delmål pr. linje.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Perioder uden huller eller overlap, fx uge 1-2: 2 dage × 2 timer. Højst %1 timer pr. uge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Fra uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Til uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dage pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Timer pr. dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Tilføj periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Timer pr. uge: planlagt og faktisk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Opgaver, støtte og forpligtelser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 forpligter sig til:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Evaluering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Planlæg opfølgninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Midtvejs- og slutopfølgning ud fra planens datoer; de vises under I dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Handlinger – hvem har bolden?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Tilføj handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Gem handlinger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <location line="+13" />
            <source>Ikke gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <location line="+146" />
            <source>Gem planen først.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-131" />
            <source>Handlingerne er gemt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+139" />
            <source>Planen mangler start- og slutdato; der er ikke planlagt noget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Midtvejs- og slutopfølgning er planlagt og vises under I dag.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../desktop/ui/shell/first_run.py" line="+11" />
            <source>Gendannelse af en glemt adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Med kommunens gendannelsesnøgle kan IT sætte en ny adgangskode, hvis du glemmer din.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Vælg nøglefil …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Jeg &amp;forstår, at de lokale data ikke kan åbnes igen, hvis jeg glemmer adgangskoden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Der er ikke fundet nogen gendannelsesnøgle fra kommunen. Spørg IT efter filen recovery-public.pem, eller fortsæt uden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Gendannelsesnøgle fundet: %1
Fingeraftryk: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Vælg kommunens gendannelsesnøgle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offentlig nøgle (*.pem);;Alle filer (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/ui/shell/settings_dialog.py" line="-183" />
            <source>Indstillinger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Som systemet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sprog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+26" />
            <source> min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-25" />
            <source>Lås efter minutter uden aktivitet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source> sek.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gem kladder hvert antal sekunder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skift &amp;adgangskode …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Serveradresse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kun hvis kommunen bruger sin egen CA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CA-certifikater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vælg …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Synkronisér hvert antal minutter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Sprog:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lås efter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gem &amp;kladder hvert:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;rver:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;CA-certifikater:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ynkronisér hvert:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Et nyt sprog bruges, næste gang Trepart starter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>Vælg CA-certifikater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../desktop/ui/documents/signature_pad.py" line="+253" />
            <source>Underskrift: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 underskriver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Med underskriften godkendes %1, som den er vist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Giv computeren til %1. Kun underskriften vises; tryk på Underskriv, når du er færdig, og giv så computeren tilbage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Navn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ro&amp;lle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Ryd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Fortryd streg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Gentag streg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Underskrevet på &amp;papir (vedhæft scanning)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vælg scanning eller foto …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ingen fil valgt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Underskriv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Underskrift:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Vælg scanning eller foto af den underskrevne aftale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Billeder og PDF (*.png *.jpg *.jpeg *.pdf);;Alle filer (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Filen kan ikke læses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Filen er tom eller større end 8 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Underskriveren mangler navn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Vedhæft en scanning eller et foto af papiret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Underskriften er tom.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <location line="-350" />
            <source>Underskriftsfelt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+46" />
            <source>Skriv din underskrift med mus, pen eller finger. Feltet er tomt.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Underskriften har %n streg(er).</source>
            <translation>
                <numerusform>Underskriften har %n streg.</numerusform>
                <numerusform>Underskriften har %n streger.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+100" />
            <source>Skriv underskriften her</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../desktop/ui/shell/status_bar.py" line="+43" />
            <source>Forbindelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ændringer der venter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Seneste synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Låsestatus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bruger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Aktivitet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Låst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Overdraget – kun ét referat vises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ulåst (Ctrl+L låser)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../desktop/ui/syncing/sync_page.py" line="+65" />
            <source>Forbindelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ændringer der venter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Seneste synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Afviste ændringer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Synkronisér nu (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Venter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>Forbindelse:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Seneste synkronisering:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Afvist af serveren:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+25" />
            <source>Konflikter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-20" />
            <source>Løs &amp;konflikt …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>To har ændret den samme tekst samtidig. Se begge udgaver, og vælg eller flet den tekst, der skal gælde. Ingen tekst forsvinder, før du har valgt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <source>Afvist af serveren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <location line="+3" />
            <source>Historik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Log ind på kommunens server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Serveradresse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Brugernavn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Adgangskode til serveren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Kun hvis kommunen bruger sin egen CA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CA-certifikater (valgfrit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vælg …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Log ind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Se&amp;rver:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Brugernavn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adgangskode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;CA-certifikater:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>aldrig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ikke sat op endnu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Konflikter (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Afvist af serveren (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Serveren har spærret denne computer, så der synkroniseres ikke. Dine data er bevaret på computeren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Synkronisering med kommunens server er ikke sat op på denne computer endnu. Alt, du gemmer, ligger i den krypterede database på computeren, og ændringerne står i kø, så de kan sendes, når du har logget ind nedenfor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ændringer sendes til serveren, når der er forbindelse: når Trepart starter, med få minutters mellemrum og når du trykker F5. Alt, du gemmer, ligger sikkert i den krypterede database på computeren imens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source> i «%1»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Dobbeltklik eller Enter for at se begge udgaver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ingen konflikter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 – %2
%3 (felter: %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Serveren har ikke afvist noget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 – sendt %2, hentet %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>, %n konflikt(er)</source>
            <translation>
                <numerusform>, %n konflikt</numerusform>
                <numerusform>, %n konflikter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>, %n afvist</source>
            <translation>
                <numerusform>, %n afvist</numerusform>
                <numerusform>, %n afvist</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 – mislykkedes: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ingen synkroniseringer endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Vælg CA-certifikater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Skriv brugernavn og adgangskode til serveren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Synkronisering er ikke tilgængelig i dette vindue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-80" />
            <source>Computeren er logget ind på serveren. Synkronisering startes indtil videre med kommandoen 'trepart sync'; alt, du gemmer, står i kø til den.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../desktop/ui/syncing/controller.py" line="+32" />
            <source>Serveren har spærret denne computer og bedt om, at dataene slettes. Alle data i Trepart på denne computer er nu slettet. Kontakt kommunens IT-afdeling, hvis du skal bruge Trepart igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Serveren har spærret denne computer. Synkroniseringen er stoppet, men dine data er bevaret på computeren. Kontakt kommunens IT-afdeling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+111" />
            <source>Synkroniserer …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Serveren kunne ikke nås. Alt er gemt på computeren, og ændringerne sendes, når der er forbindelse igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Serveren afviste enheden: %1 Log ind igen nedenfor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Synkroniseringen fejlede.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>Login fejlede.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/kit/sync_status.py" line="+78" />
            <source>Spærret af serveren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ikke forbundet til en server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Logget ind på %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n ændring(er) venter på synkronisering</source>
            <translation>
                <numerusform>%n ændring venter på synkronisering</numerusform>
                <numerusform>%n ændringer venter på synkronisering</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Senest synkroniseret: aldrig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Senest synkroniseret: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncWiring</name>
        <message>
            <location filename="../../desktop/ui/shell/sync_wiring.py" line="+54" />
            <source>Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n ændring(er) venter</source>
            <translation>
                <numerusform>%n ændring venter</numerusform>
                <numerusform>%n ændringer venter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>, %n uløst(e) konflikt(er)</source>
            <translation>
                <numerusform>, %n uløst konflikt</numerusform>
                <numerusform>, %n uløste konflikter</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source> (Alt+5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Synkroniseret: sendt %1, hentet %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>, %n ny(e) konflikt(er)</source>
            <translation>
                <numerusform>, %n ny konflikt</numerusform>
                <numerusform>, %n nye konflikter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>, %n afvist</source>
            <translation>
                <numerusform>, %n afvist</numerusform>
                <numerusform>, %n afvist</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Synkronisering stoppet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Computeren er spærret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Dataene er slettet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimeEdit</name>
        <message>
            <location filename="../../desktop/ui/kit/fields.py" line="-43" />
            <source>tt:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>%1: skriv et klokkeslæt som tt:mm.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../desktop/ui/today/today.py" line="+64" />
            <source>I dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Forløb, hvor du er konsulent eller mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;eamet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alle teamets forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Til &amp;kalender …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Gem det valgte møde eller den valgte opfølgning som kalenderfil (.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Kalenderfi&amp;l …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Gem alle dine kommende møder og opfølgninger i én kalenderfil (.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Opdatér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hent listerne igen (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Møder i dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Møder de næste 7 dage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opfølgninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Handlinger over frist og denne uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+183" />
            <source>Handlinger: %1 over frist, %2 denne uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+70" />
            <source>Kalenderfiler (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Gem som kalenderfil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Kalenderfilen er gemt: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Gem dine møder som kalenderfil</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n møde(r) og opfølgning(er) gemt i %1</source>
            <translation>
                <numerusform>%n møde eller opfølgning gemt i %1</numerusform>
                <numerusform>%n møder og opfølgninger gemt i %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Kalenderfilen kunne ikke gemmes. Vælg en anden mappe, og prøv igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-322" />
            <source>Ingen møder i dag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Registrér møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Opret mødet, der registrerer den valgte opfølgning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Markér som &amp;udført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+89" />
            <location line="+58" />
            <source>I dag – %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Møder i dag (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>De næste 7 dage (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Opfølgninger der skal holdes (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayReminder</name>
        <message>
            <location filename="../../desktop/ui/today/reminder.py" line="+35" />
            <source>Påmindelse om dagens møder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Luk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Luk påmindelsen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Dagens møder (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Næste møde (planlagt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>sted ikke angivet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPanel</name>
        <message>
            <location filename="../../desktop/ui/shell/unlock.py" line="+51" />
            <source>Trepart er låst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Lås Trepart op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Skriv din adgangskode for at åbne dine forløb. Dataene er krypteret på denne computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adgangskode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lås op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Besked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Datamappe: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Skriv din adgangskode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Låser op …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Der opstod en fejl under oplåsningen.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>For mange forkerte forsøg. Prøv igen om %n sekund(er).</source>
            <translation>
                <numerusform>For mange forkerte forsøg. Prøv igen om %n sekund.</numerusform>
                <numerusform>For mange forkerte forsøg. Prøv igen om %n sekunder.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Du kan prøve igen nu.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <location line="+10" />
            <source>Trepart</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/ui/kit/errors.py" line="+47" />
            <source>Forkert adgangskode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Trepart har allerede dataene i %1 åbne i et andet vindue. Luk det andet vindue og prøv igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Filen kunne ikke læses eller skrives (%1).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>For mange forkerte forsøg. Prøv igen om %n sekund(er).</source>
            <translation>
                <numerusform>For mange forkerte forsøg. Prøv igen om %n sekund.</numerusform>
                <numerusform>For mange forkerte forsøg. Prøv igen om %n sekunder.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+42" />
            <source>Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Der opstod en uventet fejl. Det, du har gemt, er ikke gået tabt, og åbne formularer gemmes løbende som kladder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>(ingen logfil)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Hvis fejlen gentager sig, så send logfilen til IT:
%1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
