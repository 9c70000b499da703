"""English translations used by scripts/translations.py to fill what the .ts files lack.

Danish is the source language. Once a string is translated in resources/translations/
trepart_en.ts (by this table or by a translator in Qt Linguist), the .ts file wins: the script
only fills translations that are still unfinished.
"""

from __future__ import annotations

from itertools import combinations

UI: dict[str, str] = {
    # the consent screen and the access log (issue 18)
    "&Adgangslog for en borger …": "&Access log for a citizen …",
    "Adgangslog for en borger": "Access log for a citizen",
    "Borgerens id (fra Trepart, 36 tegn):": "The citizen's id (from Trepart, 36 characters):",
    "Sa&mtykker …": "C&onsents …",
    "A&dgangslog …": "Access lo&g …",
    "Adgangslog": "Access log",
    "Borgerens adgangslog": "The citizen's access log",
    "Samtykker: %1": "Consents: %1",
    "Samtykker": "Consents",
    "Samtykke til": "Consent to",
    "Hvordan er samtykket givet": "How the consent was given",
    "Til (tom: indtil det kaldes tilbage)": "To (empty: until withdrawn)",
    "Valgfrit: hvad der præcis må deles": "Optional: exactly what may be shared",
    "Hvad må deles": "What may be shared",
    "Samtykke &til:": "Consent &for:",
    "&Givet:": "&Given:",
    "&Fra:": "F&rom:",
    "T&il:": "&To:",
    "&Hvad må deles:": "&What may be shared:",
    "&Registrer samtykke": "Re&cord consent",
    "Nyt samtykke": "New consent",
    "Til&bagekald det valgte …": "With&draw the selected …",
    "Et tilbagekaldt samtykke bliver stående i historikken. Det nyeste samtykke af hver slags "
    "gælder. Tilbagekaldes deling med mentor, får mentor ikke længere aftalen, og mentors "
    "computer sletter den ved næste synkronisering.": "A withdrawn consent stays in the "
    "history. The newest consent of each kind applies. When sharing with the mentor is "
    "withdrawn, the mentor no longer receives the agreement, and the mentor's computer deletes "
    "it at the next sync.",
    "Skriv datoen som dd.mm.åååå.": "Write the date as dd.mm.yyyy.",
    "Skriv, fra hvilken dato samtykket gælder.": "Write the date from which the consent applies.",
    "Tilbagekald samtykke": "Withdraw consent",
    "Tilbagekald samtykket «%1» fra i dag?": "Withdraw the consent «%1» from today?",
    "Givet": "Given",
    "Med hvem": "With whom",
    "Fra": "From",
    "Til": "To",
    "Tilbagekaldt %1": "Withdrawn %1",
    "Tilbagekaldt": "Withdrawn",
    "I kraft": "In force",
    "Ikke i kraft (dato)": "Not in force (dates)",
    " (afløst)": " (superseded)",
    # the document forms
    "Vil du gemme ændringerne i %1?": "Do you want to save the changes to %1?",
    # dates on screen: "23.11.2026 kl. 14.05" becomes "23.11.2026 at 14.05"
    "kl.": "at",
    # the signature pad in hand-over
    "Kun underskriften vises; tryk på Underskriv, når du er færdig, og giv så computeren "
    "tilbage.": "Only the signature is shown; press Sign when you are done, then give the "
    "computer back.",
    "Giv computeren til borgeren.": "Give the computer to the citizen.",
    "Giv computeren til virksomheden.": "Give the computer to the company.",
    "Giv computeren til %1.": "Give the computer to %1.",
    # closing with unsaved forms, "Ændr aftale", undo in I dag
    "Det, du har skrevet og ikke gemt, gemmes som kladde. Du får det tilbudt, næste gang du "
    "åbner Trepart.": "What you typed and did not save is kept as a draft. You will be offered "
    "it the next time you open Trepart.",
    "&Luk Trepart": "&Close Trepart",
    "Der laves en ny version som kladde. Den underskrevne version gælder, indtil den nye er "
    "underskrevet af alle tre parter. Vil du lave en ny version?": "A new version is made as a "
    "draft. The signed version applies until all three parties have signed the new one. Do you "
    "want to make a new version?",
    "&Ny version": "&New version",
    "&Fortryd": "&Undo",
    "Markér handlingen som ikke udført igen": "Mark the action as not done again",
    "Markeret som udført: %1": "Marked as done: %1",
    # the case's mentors
    "Teamets mentorer": "The team's mentors",
    "Mentorernes brugernavne": "The mentors' user names",
    "Listen over teamets mentorer hentes ved næste synkronisering; indtil da skrives "
    "brugernavnet.": "The list of the team's mentors is fetched at the next synchronisation; "
    "until then, type the user name.",
    "&Bilag": "Enclos&ures",
    # the case log
    "Underskrift annulleret af ændring i: %1": "Signature voided by a change to: %1",
    "Ændret: %1": "Changed: %1",
    # the form controller
    "Kladden kunne ikke gemmes – prøver igen om lidt": "The draft could not be saved – "
    "trying again shortly",
    "Ikke gemt – det indtastede er bevaret som kladde": "Not saved – what you typed is kept "
    "as a draft",
    # editing signed drafts, hand-over (own words)
    "Ændring kræver ny underskrift": "The change needs a new signature",
    "Underskriften bliver ugyldig, når ændringen gemmes. Den gemmes i historikken "
    "som annulleret, og parten skal underskrive igen.": "The signature becomes void when "
    "the change is saved. It is kept in the history as voided, and the party must sign again.",
    "Ret alligevel": "Edit anyway",
    "Fortryd": "Undo",
    "%1: %2 · underskrevet %3": "%1: %2 · signed %3",
    " · annulleret %1 af %2 (ændret: %3)": " · voided %1 by %2 (changed: %3)",
    "Annulleret": "Voided",
    "Borgerens eller virksomhedens egne ord; skrives ved overdragelse.": (
        "The citizen's or company's own words; written at hand-over."
    ),
    "Skærmen er overdraget til borgeren. Skriv jeres bemærkninger og gem. Giv derefter "
    "computeren tilbage.": "The screen has been handed over to the citizen. Write your "
    "comments and save. Then hand the computer back.",
    "Skærmen er overdraget til virksomheden. Skriv jeres bemærkninger og gem. Giv derefter "
    "computeren tilbage.": "The screen has been handed over to the company. Write your "
    "comments and save. Then hand the computer back.",
    # meeting form
    "Hvad skal gøres?": "What needs doing?",
    "Udført": "Done",
    "Handling %1: hvad": "Action %1: what",
    "Handling %1: hvem har bolden": "Action %1: who holds the ball",
    "Handling %1: frist": "Action %1: deadline",
    "Handling %1: udført": "Action %1: done",
    "Fjern handling %1": "Remove action %1",
    "Handling %1: skriv fristen som dd.mm.åååå.": "Action %1: write the deadline as dd.mm.yyyy.",
    "Deltager %1: navn": "Participant %1: name",
    "Deltager %1: rolle": "Participant %1: role",
    "Fjern deltager %1": "Remove participant %1",
    "Ingen ændringer": "No changes",
    "Gemt-status": "Save status",
    "Gem mødet (Ctrl+S)": "Save the meeting (Ctrl+S)",
    "Luk formularen (Esc)": "Close the form (Esc)",
    "O&verdrag skærmen …": "Hand o&ver the screen …",
    "Giv computeren til borgeren eller virksomheden til dette referat":
        "Hand the computer to the citizen or the company for these minutes",
    "fx 12,5": "e.g. 12.5",
    "Tilføj &deltager": "A&dd participant",
    "Tilføj handling": "Add action",
    "Tilføj en handling (Ctrl+Shift+H)": "Add an action (Ctrl+Shift+H)",
    "Handlinger – hvem har bolden?": "Actions – who holds the ball?",
    "Næste møde vises under I dag.": "The next meeting appears under Today.",
    "Kun for jobcentret. Vises aldrig for mentorer og kommer aldrig med på udskrifter.":
        "For the job centre only. Never shown to mentors and never printed.",
    "Nyt møde: %1": "New meeting: %1",
    "Møde: %1": "Meeting: %1",
    "%1: skriv et tal, fx 12,5.": "%1: write a number, e.g. 12.5.",
    "Gemt kl. %1": "Saved at %1",
    "Ikke gemt – formularen er bevaret som kladde":
        "Not saved – the form is kept as a draft",
    "Vil du gemme ændringerne i mødet?": "Do you want to save the changes to the meeting?",
    "Ændringer er ikke gemt": "Changes are not saved",
    "Kladde gemt kl. %1": "Draft saved at %1",
    "Ikke gemt: ret de markerede felter": "Not saved: correct the marked fields",
    "Ikke gemt – det indtastede er bevaret": "Not saved – what you typed is kept",
    "Vil du gemme ændringerne?": "Do you want to save the changes?",
    "Behold som &kladde": "Keep as &draft",
    "&Kassér": "D&iscard",
    "&Annullér": "&Cancel",
    "&Gem": "Sa&ve",
    "G&em": "Sav&e",
    "&Luk": "C&lose",
    # case view
    "Planlæg efterværn": "Plan efterværn (aftercare)",
    "&Ansættelsen startede:": "&Employment started:",
    "Der oprettes opfølgninger efter 2 uger og 1, 3, 6 og 12 måneder (eller forløbets egen "
    "kadence).": "Follow-ups are created after 2 weeks and 1, 3, 6 and 12 months (or the "
                 "case's own cadence).",
    "Startdato": "Start date",
    "Skriv en dato.": "Write a date.",
    "← Tilb&age": "← B&ack",
    "Tilbage (Alt+Venstre)": "Back (Alt+Left)",
    "Henter forløb …": "Loading case …",
    "&Rediger forløb …": "E&dit case …",
    "Rediger forløb og borger (Ctrl+E)": "Edit case and citizen (Ctrl+E)",
    "Nyt &møde": "New &meeting",
    "Registrér et nyt møde (Ctrl+M)": "Record a new meeting (Ctrl+M)",
    "Møder": "Meetings",
    "Aftaler om skånehensyn": "Skånehensyn agreements (accommodations)",
    "Trepartsplaner": "Trepartsplaner (three-party plans)",
    "Efterværn og opfølgninger": "Efterværn (aftercare) and follow-ups",
    "Log": "Log",
    "Efter ansættelse følges der op med faste mellemrum (2 uger, 1, 3, 6 og 12 måneder), så "
    "borgeren ikke vender tilbage til ledighed.":
        "After employment starts, follow-ups run at fixed intervals (2 weeks, 1, 3, 6 and 12 "
        "months) so that the citizen does not return to unemployment.",
    "Planlæg efter&værn …": "Pla&n aftercare …",
    "N&yt opfølgningsmøde": "New &follow-up meeting",
    "&Overblik": "&Overview",
    "Mø&der": "Meet&ings",
    "&Skånehensyn": "&Skånehensyn",
    "Tre&partsplan": "Tre&partsplan",
    "&Efterværn": "&Efterværn",
    "&Log": "&Log",
    "Periode": "Period",
    "CPR-nummer, adresse, målgruppe og helbredsnoter vises kun for jobcentret.":
        "CPR number, address, target group and health notes are shown to the job centre only.",
    "Ingen virksomhed knyttet til forløbet.": "No company linked to the case.",
    "Deltagere": "Participants",
    "Gælder": "Valid",
    "Revurderes": "Review date",
    "Timer pr. uge": "Hours per week",
    "Opgaver der ikke indgår": "Tasks not included",
    "Ved en dårlig dag / sygdom": "On a bad day / when ill",
    "Underskrevet af": "Signed by",
    "Ingen endnu": "Nobody yet",
    "Aftaler oprettes, ændres og underskrives i en senere version af Trepart.":
        "Agreements are created, changed and signed in a later version of Trepart.",
    "Der er ingen aftale om skånehensyn endnu.": "There is no skånehensyn agreement yet.",
    "Der er ingen trepartsplan endnu.": "There is no trepartsplan yet.",
    "Version %1": "Version %1",
    "Skånehensyn": "Skånehensyn (accommodations)",
    "Mål": "Goal",
    "Delmål": "Sub-goals",
    "Parternes forpligtelser": "The parties' commitments",
    "Uger": "Weeks",
    "Dage pr. uge": "Days per week",
    "Timer pr. dag": "Hours per day",
    "Evalueringskriterier": "Evaluation criteria",
    "Aftalt konsekvens": "Agreed consequence",
    "Næste møde": "Next meeting",
    "Åbne handlinger": "Open actions",
    # lists and models
    "Tidspunkt": "Time",
    "Møde": "Meeting",
    "Borger": "Citizen",
    "Virksomhed": "Company",
    "Sted": "Place",
    "Næste møde (planlagt)": "Next meeting (planned)",
    "Trepart": "Trepart",
    "Bruger": "User",
    "Handling": "Action",
    "Post": "Record",
    "Detaljer": "Details",
    "Hvad": "What",
    "Hvem har bolden": "Who holds the ball",
    "Frist": "Deadline",
    "Ja": "Yes",
    "Nej": "No",
    "Dato": "Date",
    "Type": "Type",
    "Betegnelse": "Label",
    "Registreret ved møde": "Recorded at a meeting",
    "Ordning": "Scheme",
    "Status": "Status",
    "Start": "Start",
    "Slut": "End",
    "Virker skånehensynene?": "Skånehensyn working?",
    "Konsulent": "Consultant",
    "Dage over": "Days late",
    "Gemt": "Saved",
    "Titel": "Title",
    "Navn": "Name",
    "CPR-nummer": "CPR number",
    "CVR": "CVR",
    "Telefon": "Phone",
    "E-mail": "E-mail",
    "Adresse": "Address",
    "Rolle": "Role",
    "Åbne forløb": "Open cases",
    # case editor and people
    "Nyt forløb": "New case",
    "Rediger forløb": "Edit case",
    "(ingen virksomhed)": "(no company)",
    "brugernavne adskilt af komma": "user names separated by commas",
    "(intet endnu)": "(none yet)",
    "Forløbet oprettes for en eksisterende borger; ændringer her gemmes på borgeren.":
        "The case is created for an existing citizen; changes here are saved on the citizen.",
    "Forløb": "Cases",
    "Forløb:": "Cases:",
    "Borgerens forløb": "The citizen's cases",
    "Nyt &forløb for borgeren …": "New case for the ci&tizen …",
    "Borgere": "Citizens",
    "Virksomheder": "Companies",
    "Ny &virksomhed …": "New c&ompany …",
    "Ny virksomhed": "New company",
    "8 cifre": "8 digits",
    "10 cifre": "10 digits",
    "Tilføj &kontaktperson": "Add &contact person",
    "Virksomhedens forløb": "The company's cases",
    "Kontaktperson %1: %2": "Contact person %1: %2",
    "Fjern kontaktperson %1": "Remove contact person %1",
    "(ikke angivet)": "(not given)",
    "ddmmåå-xxxx": "ddmmyy-xxxx",
    "Beskriv hvad det betyder for arbejdet, ikke diagnoser (fx 'tåler ikke løft over 5 kg').":
        "Describe what it means for the work, not diagnoses (e.g. 'cannot lift more than "
        "5 kg').",
    # case list
    "Søg i navn, virksomhed, noter … (Ctrl+F)": "Search names, company, notes … (Ctrl+F)",
    "Søg i forløb": "Search cases",
    "&Søg:": "&Search:",
    "Alle statusser": "All statuses",
    "St&atus:": "St&atus:",
    "Alle ordninger": "All schemes",
    "&Ordning:": "Sch&eme:",
    "Alle konsulenter": "All consultants",
    "&Konsulent:": "C&onsultant:",
    "&Nyt forløb …": "&New case …",
    "Opret et nyt forløb (Ctrl+N)": "Create a new case (Ctrl+N)",
    "Antal forløb": "Number of cases",
    "Viser %1 af %2 forløb": "Showing %1 of %2 cases",
    "(søger foreløbig kun i navne; noter kommer med om et øjeblik)":
        "(searching names only for now; notes join in a moment)",
    "Filtrér listen": "Filter the list",
    "Filtrér …": "Filter …",
    "F&iltrér:": "F&ilter:",
    "Viser %1 af %2": "Showing %1 of %2",
    # settings and passwords
    "Skift adgangskode": "Change password",
    "Nuværende adgangskode": "Current password",
    "Ny adgangskode": "New password",
    "Gentag ny adgangskode": "Repeat new password",
    "&Nuværende:": "C&urrent:",
    "N&y:": "N&ew:",
    "&Gentag ny:": "&Repeat new:",
    "Styrke: %1": "Strength: %1",
    "De to nye adgangskoder er ikke ens.": "The two new passwords are not the same.",
    "Vælg en stærkere adgangskode.": "Choose a stronger password.",
    "Indstillinger": "Settings",
    "Som systemet": "As the system",
    " min.": " min.",
    "Lås efter minutter uden aktivitet": "Lock after minutes without activity",
    " sek.": " sec.",
    "Gem kladder hvert antal sekunder": "Save drafts every number of seconds",
    "Skift &adgangskode …": "Change &password …",
    "&Sprog:": "&Language:",
    "&Lås efter:": "Loc&k after:",
    "Gem &kladder hvert:": "Save &drafts every:",
    "Et nyt sprog bruges, næste gang Trepart starter.":
        "A new language is used the next time Trepart starts.",
    "Sprog": "Language",
    "Det nye sprog bruges, næste gang Trepart starter.":
        "The new language is used the next time Trepart starts.",
    # first run
    "Gendannelsesoplysninger": "Recovery information",
    "Vises kun denne ene gang. Skriv dem ned, eller gem dem et sikkert sted, og giv dem til "
    "IT, hvis du glemmer adgangskoden.":
        "Shown this one time only. Write it down or keep it somewhere safe, and give it to IT "
        "if you forget your password.",
    "Opretter": "Creating",
    "&Kopiér": "&Copy",
    "Jeg har &noteret oplysningerne": "I have &noted the information",
    "Velkommen til Trepart": "Welcome to Trepart",
    "Trepart gemmer forløb, møder og aftaler krypteret på denne computer, så du kan arbejde "
    "uden netværk ude på virksomhederne.\n\nFørst skal Trepart vide, hvem du er, og du skal "
    "vælge en adgangskode.\n\nDatamappe: %1":
        "Trepart keeps cases, meetings and agreements encrypted on this computer, so you can "
        "work without a network out at the companies.\n\nFirst Trepart needs to know who you "
        "are, and you choose a password.\n\nData folder: %1",
    "Hvem bruger Trepart på denne computer?": "Who uses Trepart on this computer?",
    "Brugernavnet står i loggen ved alt, du gør, og bruges senere til at logge på serveren.":
        "The user name is logged with everything you do, and is later used to log in to the "
        "server.",
    "Brugernavn": "User name",
    "fx fornavn.efternavn": "e.g. firstname.lastname",
    "Team": "Team",
    "&Brugernavn:": "&User name:",
    "&Rolle:": "&Role:",
    "&Team:": "&Team:",
    "Vælg en adgangskode": "Choose a password",
    "Adgangskoden beskytter alle forløb på denne computer. Den gemmes ingen steder; vælg "
    "noget, du kan huske.":
        "The password protects every case on this computer. It is stored nowhere; choose "
        "something you can remember.",
    "Gentag adgangskode": "Repeat password",
    "&Vis adgangskoden": "&Show the password",
    "Adgangskodens styrke": "Password strength",
    "&Gentag:": "&Repeat:",
    "Styrke:": "Strength:",
    "De to adgangskoder er ikke ens.": "The two passwords are not the same.",
    "Gendannelse af en glemt adgangskode": "Recovering a forgotten password",
    "Med kommunens gendannelsesnøgle kan IT sætte en ny adgangskode, hvis du glemmer din.":
        "With the municipality's recovery key, IT can set a new password if you forget yours.",
    "&Vælg nøglefil …": "&Choose key file …",
    "Jeg &forstår, at de lokale data ikke kan åbnes igen, hvis jeg glemmer adgangskoden.":
        "I &understand that the local data cannot be opened again if I forget the password.",
    "Der er ikke fundet nogen gendannelsesnøgle fra kommunen. Spørg IT efter filen "
    "recovery-public.pem, eller fortsæt uden.":
        "No recovery key from the municipality was found. Ask IT for the file "
        "recovery-public.pem, or continue without it.",
    "Gendannelsesnøgle fundet: %1\nFingeraftryk: %2": "Recovery key found: %1\nFingerprint: %2",
    "Vælg kommunens gendannelsesnøgle": "Choose the municipality's recovery key",
    "Offentlig nøgle (*.pem);;Alle filer (*)": "Public key (*.pem);;All files (*)",
    # fields
    "dd.mm.åååå": "dd.mm.yyyy",
    "Vælg dato i kalender (Alt+Pil ned)": "Pick a date in the calendar (Alt+Down)",
    "Vælg dato i kalender": "Pick a date in the calendar",
    "%1: skriv en gyldig dato som dd.mm.åååå.": "%1: write a valid date as dd.mm.yyyy.",
    "%1, dato": "%1, date",
    "%1, klokkeslæt": "%1, time",
    "tt:mm": "hh:mm",
    "%1: skriv et klokkeslæt som tt:mm.": "%1: write a time as hh:mm.",
    # drafts
    "Gendan kladder": "Restore drafts",
    "Kladder": "Drafts",
    "&Gendan": "&Restore",
    "&Senere": "&Later",
    "Der er formularer, der ikke blev gemt": "Some forms were not saved",
    "Trepart blev lukket, mens disse formularer var åbne. Det indtastede er gemt krypteret som "
    "kladder. Vælg en kladde og gendan den, eller kassér den.":
        "Trepart was closed while these forms were open. What was typed is kept encrypted "
        "as drafts. Choose a draft and restore it, or discard it.",
    # main window
    "Opfølgning": "Follow-up",
    "Overdrag skærmen": "Hand over the screen",
    "&Borgeren": "The &citizen",
    "&Virksomheden": "The c&ompany",
    "&Overdrag": "&Hand over",
    "Hvem skal skrive i referatet?": "Who will write in the minutes?",
    "Skærmen viser derefter kun dette møde, uden helbredsnoter og uden adgang til andre "
    "forløb. Du skal bruge din adgangskode for at afslutte overdragelsen.":
        "The screen then shows only this meeting, without health notes and without access "
        "to other cases. You need your password to end the hand-over.",
    "Navigation": "Navigation",
    "I dag": "Today",
    "Synkronisering": "Synchronisation",
    "%1 (Alt+%2)": "%1 (Alt+%2)",
    "Afslut &overdragelse …": "End &hand-over …",
    "&Trepart": "&Trepart",
    "&Gå til": "&Go to",
    "&Forløb": "&Cases",
    "&Hjælp": "&Help",
    "&Indstillinger …": "&Settings …",
    "Gendan &kladder …": "Restore &drafts …",
    "&Lås": "&Lock",
    "&Afslut": "&Quit",
    "&I dag": "&Today",
    "&Virksomheder": "C&ompanies",
    "&Borgere": "C&itizens",
    "&Synkronisering": "&Synchronisation",
    "&Tilbage": "&Back",
    "&Opdatér": "&Refresh",
    "&Søg i forløb": "&Search cases",
    "&Tastaturgenveje": "&Keyboard shortcuts",
    "&Om Trepart": "&About Trepart",
    "Forløb …": "Case …",
    "Det åbne forløb": "The open case",
    "Et møde er åbent": "A meeting is open",
    "Det åbne møde har ændringer, der ikke er gemt. Skal de gemmes, før et andet møde åbnes?":
        "The open meeting has unsaved changes. Save them before another meeting opens?",
    "Der er ingen kladder at gendanne.": "There are no drafts to restore.",
    "Gendannet fra kladde – husk at gemme": "Restored from a draft – remember to save",
    "Skærmen er overdraget til borgeren. Skriv i referatet og gem. Giv derefter computeren "
    "tilbage.": "The screen is handed over to the citizen. Write in the minutes and save. "
                "Then give the computer back.",
    "Skærmen er overdraget til virksomheden. Skriv i referatet og gem. Giv derefter "
    "computeren tilbage.": "The screen is handed over to the company. Write in the minutes "
                           "and save. Then give the computer back.",
    "Afslut overdragelse": "End hand-over",
    "Skriv din adgangskode for at få hele Trepart tilbage.":
        "Type your password to get all of Trepart back.",
    "I dag, Forløb, Virksomheder, Borgere, Synkronisering":
        "Today, Cases, Companies, Citizens, Synchronisation",
    "Rediger det åbne forløb": "Edit the open case",
    "Nyt møde i det åbne forløb": "New meeting in the open case",
    "Gem formularen": "Save the form",
    "Tilføj en handling i mødet": "Add an action to the meeting",
    "Åbn kalenderen i et datofelt": "Open the calendar in a date field",
    "Åbn den valgte række": "Open the selected row",
    "Tilbage": "Back",
    "Luk formularen": "Close the form",
    "Opdatér": "Refresh",
    "Lås Trepart": "Lock Trepart",
    "Tastaturgenveje": "Keyboard shortcuts",
    "Om Trepart": "About Trepart",
    "Trepart version %1": "Trepart version %1",
    "Fastlagt af organisationen": "Set by the organisation",
    "Grå felter er fastlagt af organisationen (%1).":
        "Greyed-out fields are set by the organisation (%1).",
    "Trepart – forløb, møder og aftaler for virksomhedskonsulenter og mentorer.\nData ligger "
    "krypteret på denne computer og synkroniseres med kommunens server.":
        "Trepart – cases, meetings and agreements for job consultants and mentors.\nData is "
        "kept encrypted on this computer and synchronised with the municipality's server.",
    # status and sync
    "Forbindelse": "Connection",
    "Ændringer der venter": "Changes waiting",
    "Seneste synkronisering": "Last synchronisation",
    "Låsestatus": "Lock state",
    "Aktivitet": "Activity",
    "Låst": "Locked",
    "Overdraget – kun ét referat vises": "Handed over – only one set of minutes is shown",
    "Ulåst (Ctrl+L låser)": "Unlocked (Ctrl+L locks)",
    "Server": "Server",
    "&Synkronisér nu": "&Synchronise now",
    "Forbindelse:": "Connection:",
    "Server:": "Server:",
    "Venter på at blive sendt:": "Waiting to be sent:",
    "Seneste synkronisering:": "Last synchronisation:",
    "Ikke sat op endnu": "Not set up yet",
    "Ændringer sendes til serveren, når der er forbindelse. Alt, du gemmer, ligger sikkert i "
    "den krypterede database på computeren imens.":
        "Changes are sent to the server when there is a connection. Meanwhile everything you "
        "save is safe in the encrypted database on this computer.",
    "Synkronisering med kommunens server er ikke sat op på denne computer endnu. Alt, du "
    "gemmer, ligger i den krypterede database på computeren, og ændringerne står i kø, så de "
    "kan sendes, når synkroniseringen er sat op.":
        "Synchronisation with the municipality's server is not set up on this computer yet. "
        "Everything you save is in the encrypted database on this computer, and the changes "
        "are queued to be sent once synchronisation is set up.",
    "Ikke forbundet til en server": "Not connected to a server",
    "Logget ind på %1": "Logged in to %1",
    "Afviste ændringer": "Refused changes",
    "Afvist af serveren:": "Refused by the server:",
    "Computeren er logget ind på serveren. Synkronisering startes indtil videre med kommandoen "
    "'trepart sync'; alt, du gemmer, står i kø til den.":
        "This computer is logged in to the server. For now, synchronisation is started with the "
        "command 'trepart sync'; everything you save is queued for it.",
    "Online": "Online",
    "Offline": "Offline",
    "Senest synkroniseret: aldrig": "Last synchronised: never",
    "Senest synkroniseret: %1": "Last synchronised: %1",
    # today
    "Hent listerne igen (F5)": "Reload the lists (F5)",
    "Møder i dag": "Meetings today",
    "Møder de næste 7 dage": "Meetings in the next 7 days",
    "Opfølgninger": "Follow-ups",
    "Handlinger over frist": "Overdue actions",
    "Ingen møder i dag.": "No meetings today.",
    "&Registrér møde": "Record &meeting",
    "Opret mødet, der registrerer den valgte opfølgning":
        "Create the meeting that records the selected follow-up",
    "Markér som &udført": "Mark as &done",
    "I dag – %1": "Today – %1",
    "Møder i dag (%1)": "Meetings today (%1)",
    "De næste 7 dage (%1)": "The next 7 days (%1)",
    "Opfølgninger der skal holdes (%1)": "Follow-ups due (%1)",
    "Handlinger over frist (%1)": "Overdue actions (%1)",
    # unlock
    "Trepart er låst": "Trepart is locked",
    "Lås Trepart op": "Unlock Trepart",
    "Skriv din adgangskode for at åbne dine forløb. Dataene er krypteret på denne computer.":
        "Type your password to open your cases. The data is encrypted on this computer.",
    "&Lås op": "&Unlock",
    "Besked": "Message",
    "Datamappe: %1": "Data folder: %1",
    "Skriv din adgangskode.": "Type your password.",
    "Skriv adgangskoden.": "Type the password.",
    "Låser op …": "Unlocking …",
    "Der opstod en fejl under oplåsningen.": "An error occurred while unlocking.",
    "Du kan prøve igen nu.": "You can try again now.",
    "Adgangskode": "Password",
    "&Adgangskode:": "&Password:",
    # errors
    "Forkert adgangskode.": "Wrong password.",
    "Trepart har allerede dataene i %1 åbne i et andet vindue. Luk det andet vindue og prøv "
    "igen.": "Trepart already has the data in %1 open in another window. Close the other "
             "window and try again.",
    "Filen kunne ikke læses eller skrives (%1).": "The file could not be read or written (%1).",
    "Der opstod en uventet fejl. Det, du har gemt, er ikke gået tabt, og åbne formularer "
    "gemmes løbende som kladder.": "An unexpected error occurred. Nothing you saved is lost, "
                                   "and open forms are kept as drafts as you type.",
    "(ingen logfil)": "(no log file)",
    "Hvis fejlen gentager sig, så send logfilen til IT:\n%1":
        "If the error happens again, send the log file to IT:\n%1",
    # documents preview (desktop/ui/pdf_preview.py)
    "Udskriv": "Print",
    "Gem som PDF": "Save as PDF",
    "Dokumentet kan ikke vises: filen er ikke en gyldig PDF.":
        "The document cannot be shown: the file is not a valid PDF.",
    "PDF-filer (*.pdf)": "PDF files (*.pdf)",
    "Filen kunne ikke gemmes: %1": "The file could not be saved: %1",
    "Printeren kunne ikke startes.": "The printer could not be started.",
    "Eksemplar": "Copy",
    # whose copy (desktop/ui/copy_chooser.py)
    "Forhåndsvis / udskriv": "Preview / print",
    "Hvem skal have eksemplaret?": "Who gets this copy?",
    "Virksomhedens eksemplar (uden CPR-nummer)": "The company's copy (without CPR number)",
    "Borgerens eksemplar (uden CPR-nummer)": "The citizen's copy (without CPR number)",
    "Jobcentrets eksemplar (med CPR-nummer, til sagen)":
        "The job centre's copy (with CPR number, for the case file)",
    "Mentorens eksemplar (kun det, en mentor må se)":
        "The mentor's copy (only what a mentor may see)",
    "Jeg udskriver jobcentrets eksemplar med CPR-nummer":
        "I am printing the job centre's copy with the CPR number",
    "Jobcentrets eksemplar er til sagen og viser borgerens CPR-nummer. "
    "Giv det aldrig til virksomheden eller mentoren.":
        "The job centre's copy is for the case file and shows the citizen's CPR number. "
        "Never give it to the company or the mentor.",
    "Vis eksemplaret": "Show the copy",
    "Annullér": "Cancel",
    "Virksomhedens eksemplar": "The company's copy",
    "Borgerens eksemplar": "The citizen's copy",
    "Jobcentrets eksemplar": "The job centre's copy",
    "Mentorens eksemplar": "The mentor's copy",
    "Kladde: ikke underskrevet af alle parter. Udskriften er mærket KLADDE og har ingen "
    "kontrolkode.": "Draft: not signed by all parties. The printout is marked KLADDE (draft) and "
                    "has no verification code.",
    "Ikke forseglet endnu (%1). Viser en uforseglet udgave.":
        "Not sealed yet (%1). Showing an unsealed version.",
    "Referat: %1": "Minutes: %1",
    "Gem mødet først; derefter kan referatet udskrives.":
        "Save the meeting first; then the minutes can be printed.",
    "Viser det gemte referat; ændringer, der ikke er gemt, er ikke med.":
        "Showing the saved minutes; unsaved changes are not included.",
    "Forhåndsvis / udskriv referat …": "Preview / print minutes …",
    "Version %1 er underskrevet af alle tre parter og er låst.":
        "Version %1 is signed by all three parties and is locked.",
    "Dokument": "Document",
    # agreement editor (skånehensyn stays Danish: the domain's own word)
    "Hvad betyder det i arbejdet?": "What does it mean for the work?",
    "Hvornår / hvor ofte": "When / how often",
    "Skånehensyn %1: kategori": "Skånehensyn %1: category",
    "Skånehensyn %1: beskrivelse": "Skånehensyn %1: description",
    "Skånehensyn %1: hvornår": "Skånehensyn %1: when",
    "Fjern skånehensyn %1": "Remove skånehensyn %1",
    "Kontaktperson": "Contact person",
    "%1: navn": "%1: name",
    "%1: kontaktperson": "%1: contact person",
    "Ordning og periode": "Scheme and period",
    "Timer": "Hours",
    "fx 12": "e.g. 12",
    "Timer %1": "Hours on %1",
    "Timer fordelt på ugedage": "Hours by weekday",
    "Beskriv hvad hensynet betyder i arbejdet (funktionelt), ikke en diagnose.":
        "Describe what the skånehensyn means for the work (in functional terms), not a "
        "diagnosis.",
    "Kategori": "Category",
    "Beskrivelse": "Description",
    "Hvornår": "When",
    "Vælg skånehensyn fra kataloget": "Choose a skånehensyn from the catalogue",
    "Tilføj fra katalog": "Add from catalogue",
    "Tilføj andet": "Add other",
    "Opgaver og støtte": "Tasks and support",
    "Dårlige dage og samtykke": "Bad days and consent",
    "Borgeren giver samtykke til, at aftalen deles med virksomheden og mentor":
        "The citizen consents to the agreement being shared with the company and the mentor",
    "Timer pr. ugedag skal være tal, fx 4 eller 3,5.":
        "Hours per weekday must be numbers, e.g. 4 or 3.5.",
    # agreement and plan editors: versions and signatures
    "aftalen": "the agreement",
    "Aftale om skånehensyn": "Skånehensyn agreement",
    "Opret aftale": "Create agreement",
    "Ændr aftale": "Change agreement",
    "Gem kladde": "Save draft",
    "Gem kladden (Ctrl+S)": "Save the draft (Ctrl+S)",
    "Lav en ny version, der erstatter denne, når den er underskrevet":
        "Make a new version that replaces this one once it is signed",
    "Forhåndsvis / udskriv …": "Preview / print …",
    "Vis gældende version": "Show the current version",
    "Underskrifter": "Signatures",
    "Underskriv …": "Sign …",
    "%1 underskriver": "%1 signs",
    "Versioner": "Versions",
    "Version": "Version",
    "Status / underskrift": "Status / signature",
    "Versioner og underskrifter": "Versions and signatures",
    "Dobbeltklik på en version for at læse den.": "Double-click a version to read it.",
    "%1 · version %2": "%1 · version %2",
    "Ny kladde – ikke gemt endnu": "New draft – not saved yet",
    "Version %1 er underskrevet af alle tre parter og er låst. Brug '%2' for at lave en ny "
    "version.": "Version %1 is signed by all three parties and is locked. Use '%2' to make a "
                "new version.",
    "Version %1 er erstattet af en nyere version. Kun til læsning.":
        "Version %1 has been replaced by a newer version. Read only.",
    "Kun til læsning.": "Read only.",
    "%1: %2, %3 (%4)": "%1: %2, %3 (%4)",
    "%1: mangler underskrift": "%1: signature missing",
    "%1 · %2 · %3": "%1 · %2 · %3",
    "Ikke gemt": "Not saved",
    "%1 kan ikke underskrives endnu:": "%1 cannot be signed yet:",
    "Virksomhedens kontaktperson": "The company's contact person",
    "Virksomhedskonsulent": "Job consultant",
    "Giv computeren tilbage til konsulenten. Skriv din adgangskode for at få hele Trepart "
    "tilbage.": "Hand the computer back to the consultant. Type your password to get all of "
                "Trepart back.",
    "Alle tre parter har underskrevet. Versionen er låst.":
        "All three parties have signed. The version is locked.",
    "%1 har underskrevet.": "%1 has signed.",
    "PDF'en kunne ikke forsegles: %1": "The PDF could not be sealed: %1",
    "%1, version %2": "%1, version %2",
    # plan editor (trepartsplan stays Danish)
    "Periode %1: fra uge": "Period %1: from week",
    "Periode %1: til uge": "Period %1: to week",
    "Periode %1: dage pr. uge": "Period %1: days per week",
    "Periode %1: timer pr. dag": "Period %1: hours per day",
    "Fjern periode %1": "Remove period %1",
    "= %1 t/uge": "= %1 h/week",
    "Uge %1-%2: skriv timer pr. dag som et tal, fx 2,5.":
        "Weeks %1-%2: write hours per day as a number, e.g. 2.5.",
    "planen": "the trepartsplan",
    "Trepartsplan": "Trepartsplan (three-party plan)",
    "Opret plan": "Create plan",
    "Ændr plan": "Change plan",
    "Mål og periode": "Goal and period",
    "Ét delmål pr. linje.": "One sub-goal per line.",
    "Perioder uden huller eller overlap, fx uge 1-2: 2 dage × 2 timer. Højst %1 timer pr. uge.":
        "Periods without gaps or overlaps, e.g. weeks 1-2: 2 days × 2 hours. At most %1 hours "
        "per week.",
    "Fra uge": "From week",
    "Til uge": "To week",
    "Tilføj periode": "Add period",
    "Timer pr. uge: planlagt og faktisk": "Hours per week: planned and actual",
    "Opgaver, støtte og forpligtelser": "Tasks, support and commitments",
    "%1 forpligter sig til:": "%1 commits to:",
    "Evaluering": "Evaluation",
    "Planlæg opfølgninger": "Plan follow-ups",
    "Midtvejs- og slutopfølgning ud fra planens datoer; de vises under I dag":
        "Midway and final follow-up from the plan's dates; they appear under Today",
    "Gem handlinger": "Save actions",
    "Gem planen først.": "Save the plan first.",
    "Handlingerne er gemt.": "The actions are saved.",
    "Planen mangler start- og slutdato; der er ikke planlagt noget.":
        "The plan has no start and end date; nothing has been planned.",
    "Midtvejs- og slutopfølgning er planlagt og vises under I dag.":
        "The midway and final follow-ups are planned and appear under Today.",
    # hours chart
    "Planlagte og faktiske timer pr. uge": "Planned and actual hours per week",
    "Ingen timer at vise endnu.": "No hours to show yet.",
    "Uge %1: planlagt %2, faktisk %3": "Week %1: planned %2, actual %3",
    "Planlagt": "Planned",
    "Faktisk (fra møder)": "Actual (from meetings)",
    "Højst %1 t": "At most %1 h",
    "Uge": "Week",
    "Ingen timer endnu.": "No hours yet.",
    "Uge %1: planlagt %2 t, faktisk %3 t": "Week %1: planned %2 h, actual %3 h",
    # conflicts
    "Løs konflikt": "Resolve conflict",
    " i forløbet «%1»": " in the case ‘%1’",
    "To har ændret teksten samtidig fra det samme udgangspunkt. Vælg den udgave, der skal "
    "gælde, eller ret den samlede tekst nederst til. Den gemte tekst sendes til de andre ved "
    "næste synkronisering.": "Two people changed the text at the same time from the same "
    "starting point. Choose the version that will apply, or edit the combined text at the "
    "bottom. The saved text is sent to the others at the next synchronisation.",
    "Gældende tekst": "Current text",
    "Den anden tekst": "The other text",
    "Fælles udgangspunkt": "Common starting point",
    "Brug &denne": "&Use this",
    "Brug de&nne": "U&se this",
    "Behold &begge": "Keep &both",
    "<b>Gældende tekst</b> (står i feltet nu)": "<b>Current text</b> (in the field now)",
    "<b>Den anden tekst</b>": "<b>The other text</b>",
    "Teksten der skal gælde": "The text that will apply",
    "&Løs konflikt": "&Resolve conflict",
    "Fælles udgangspunkt:": "Common starting point:",
    "&Teksten der skal gælde:": "&Text that will apply:",
    "Teksten er tom. Vælg en af udgaverne, eller skriv den tekst, der skal gælde.":
        "The text is empty. Choose one of the versions, or write the text that will apply.",
    # copy chooser
    "Referat": "Minutes",
    # main window: sync
    "&Opdatér og synkronisér": "&Refresh and synchronise",
    " (Alt+5)": " (Alt+5)",
    "Synkroniseret: sendt %1, hentet %2": "Synchronised: sent %1, received %2",
    "Synkronisering stoppet": "Synchronisation stopped",
    "Computeren er spærret": "This computer is blocked",
    "Dataene er slettet": "The data has been deleted",
    "Opdatér og synkronisér": "Refresh and synchronise",
    # settings and the sync page
    "Serveradresse": "Server address",
    "Kun hvis kommunen bruger sin egen CA": "Only if the municipality uses its own CA",
    "CA-certifikater": "CA certificates",
    "&Vælg …": "&Browse …",
    "Synkronisér hvert antal minutter": "Synchronise every number of minutes",
    "Se&rver:": "Se&rver:",
    "&CA-certifikater:": "C&A certificates:",
    "S&ynkronisér hvert:": "S&ynchronise every:",
    "Vælg CA-certifikater": "Choose CA certificates",
    "Certifikater (*.pem *.crt *.cer);;Alle filer (*)":
        "Certificates (*.pem *.crt *.cer);;All files (*)",
    "&Synkronisér nu (F5)": "&Synchronise now (F5)",
    "Venter:": "Waiting:",
    "Konflikter": "Conflicts",
    "Løs &konflikt …": "Resolve con&flict …",
    "To har ændret den samme tekst samtidig. Se begge udgaver, og vælg eller flet den tekst, "
    "der skal gælde. Ingen tekst forsvinder, før du har valgt.":
        "Two people changed the same text at the same time. Look at both versions, and choose "
        "or merge the text that will apply. No text disappears until you have chosen.",
    "Afvist af serveren": "Refused by the server",
    "Historik": "History",
    "Log ind på kommunens server": "Log in to the municipality's server",
    "Adgangskode til serveren": "Password for the server",
    "CA-certifikater (valgfrit)": "CA certificates (optional)",
    "&Log ind": "&Log in",
    "aldrig": "never",
    "Konflikter (%1)": "Conflicts (%1)",
    "Afvist af serveren (%1)": "Refused by the server (%1)",
    "Serveren har spærret denne computer, så der synkroniseres ikke. Dine data er bevaret på "
    "computeren.": "The server has blocked this computer, so nothing is synchronised. Your "
                   "data is kept on the computer.",
    "Synkronisering med kommunens server er ikke sat op på denne computer endnu. Alt, du "
    "gemmer, ligger i den krypterede database på computeren, og ændringerne står i kø, så de "
    "kan sendes, når du har logget ind nedenfor.": "Synchronisation with the municipality's "
    "server is not set up on this computer yet. Everything you save is kept in the encrypted "
    "database on the computer, and the changes are queued so they can be sent once you have "
    "logged in below.",
    "Ændringer sendes til serveren, når der er forbindelse: når Trepart starter, med få "
    "minutters mellemrum og når du trykker F5. Alt, du gemmer, ligger sikkert i den krypterede "
    "database på computeren imens.": "Changes are sent to the server whenever there is a "
    "connection: when Trepart starts, every few minutes and when you press F5. Meanwhile, "
    "everything you save is kept safe in the encrypted database on the computer.",
    "Dobbeltklik eller Enter for at se begge udgaver":
        "Double-click or press Enter to see both versions",
    "Ingen konflikter.": "No conflicts.",
    "%1 – %2\n%3 (felter: %4)": "%1 – %2\n%3 (fields: %4)",
    "Serveren har ikke afvist noget.": "The server has not refused anything.",
    "%1 – sendt %2, hentet %3": "%1 – sent %2, received %3",
    "%1 – mislykkedes: %2": "%1 – failed: %2",
    "Ingen synkroniseringer endnu.": "No synchronisations yet.",
    "Skriv brugernavn og adgangskode til serveren.":
        "Type the user name and password for the server.",
    "Synkronisering er ikke tilgængelig i dette vindue.":
        "Synchronisation is not available in this window.",
    # status bar (sync)
    "Serveren har spærret denne computer og bedt om, at dataene slettes. Alle data i Trepart "
    "på denne computer er nu slettet. Kontakt kommunens IT-afdeling, hvis du skal bruge "
    "Trepart igen.": "The server has blocked this computer and asked for the data to be "
    "deleted. All Trepart data on this computer has now been deleted. Contact the "
    "municipality's IT department if you need to use Trepart again.",
    "Serveren har spærret denne computer. Synkroniseringen er stoppet, men dine data er "
    "bevaret på computeren. Kontakt kommunens IT-afdeling.": "The server has blocked this "
    "computer. Synchronisation has stopped, but your data is kept on the computer. Contact "
    "the municipality's IT department.",
    "Synkroniserer …": "Synchronising …",
    "Serveren kunne ikke nås. Alt er gemt på computeren, og ændringerne sendes, når der er "
    "forbindelse igen.": "The server could not be reached. Everything is saved on the "
    "computer, and the changes are sent when there is a connection again.",
    "Serveren afviste enheden: %1 Log ind igen nedenfor.":
        "The server refused this device: %1 Log in again below.",
    "Synkroniseringen fejlede.": "Synchronisation failed.",
    "Login fejlede.": "Login failed.",
    "Spærret af serveren": "Blocked by the server",
    # signing (desktop/ui/signature_pad.py)
    "Underskrift: %1": "Signature: %1",
    "Med underskriften godkendes %1, som den er vist.": "Signing approves %1 as shown.",
    "Giv computeren til %1. Kun underskriften vises; tryk på Underskriv, når du er færdig, og "
    "giv så computeren tilbage.": "Hand the computer to the %1. Only the signature is shown; "
    "press Sign when you are done, then hand the computer back.",
    "&Navn:": "&Name:",
    "Ro&lle:": "Ro&le:",
    "&Ryd": "&Clear",
    "&Fortryd streg": "&Undo stroke",
    "&Gentag streg": "&Redo stroke",
    "Underskrevet på &papir (vedhæft scanning)": "Signed on &paper (attach a scan)",
    "&Vælg scanning eller foto …": "C&hoose a scan or photo …",
    "Ingen fil valgt.": "No file chosen.",
    "&Underskriv": "&Sign",
    "Underskrift:": "Signature:",
    "Vælg scanning eller foto af den underskrevne aftale":
        "Choose a scan or photo of the signed agreement",
    "Billeder og PDF (*.png *.jpg *.jpeg *.pdf);;Alle filer (*)":
        "Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)",
    "Filen kan ikke læses.": "The file cannot be read.",
    "Filen er tom eller større end 8 MB.": "The file is empty or larger than 8 MB.",
    "Underskriveren mangler navn.": "The signer's name is missing.",
    "Vedhæft en scanning eller et foto af papiret.": "Attach a scan or a photo of the paper.",
    "Underskriften er tom.": "The signature is empty.",
    "Underskriftsfelt": "Signature field",
    "Skriv din underskrift med mus, pen eller finger. Feltet er tomt.":
        "Write your signature with a mouse, pen or finger. The field is empty.",
    "Skriv underskriften her": "Sign here",
    # keyboard shortcuts (F1)
    "Alt+Pil ned": "Alt+Down",
    "Alt+Venstre": "Alt+Left",
    # sync page: the case a conflict is in
    " i «%1»": " in ‘%1’",
    # sync: cancel, honest status, refusals grouped by cause, login checked against the vault
    "Annullér synkronisering": "Cancel synchronisation",
    "Stop synkroniseringen nu. Intet går tabt: det, der ikke nåede frem, sendes næste gang.": (
        "Stop the synchronisation now. Nothing is lost: what did not get through is sent next "
        "time."),
    "A&nnullér": "Ca&ncel",
    "%1 afvist: %2": "%1 refused: %2",
    "\nSenest %1: %2": "\nLatest %1: %2",
    "%1 – %2: %3 (felter: %4)": "%1 – %2: %3 (fields: %4)",
    "ikke dit team eller din adgang": "not your team or your access",
    "ugyldige oplysninger": "invalid information",
    "underskrevet og låst": "signed and locked",
    "kan ikke ændres, når den først er gemt": "cannot be changed once saved",
    "borger": "citizen",
    "borgere": "citizens",
    "virksomhed": "company",
    "virksomheder": "companies",
    "møde": "meeting",
    "møder": "meetings",
    "handling": "action",
    "handlinger": "actions",
    "aftale": "agreement",
    "aftaler": "agreements",
    "trepartsplan": "trepartsplan",
    "trepartsplaner": "trepartsplans",
    "underskrift": "signature",
    "underskrifter": "signatures",
    "samtykke": "consent",
    "samtykker": "consents",
    "opfølgning": "follow-up",
    "opfølgninger": "follow-ups",
    "konflikt": "conflict",
    "konflikter": "conflicts",
    "logpost": "log entry",
    "logposter": "log entries",
    "Synkroniseringen er annulleret. Intet er tabt: det, der ikke nåede frem, sendes næste "
    "gang.": "The synchronisation has been cancelled. Nothing is lost: what did not get "
    "through is sent next time.",
    "Serveren svarer ikke. Alt er gemt på computeren, og ændringerne sendes, når serveren "
    "svarer igen.": "The server does not answer. Everything is saved on the computer, and the "
    "changes are sent when the server answers again.",
    "Serveren kunne ikke nås, eller den svarede ikke. Kontrollér adressen og netværket, og "
    "prøv igen.": "The server could not be reached, or it did not answer. Check the address "
    "and the network, and try again.",
    "Forbinder …": "Connecting …",
    "Offline siden kl. %1": "Offline since %1",
    "Offline siden %1": "Offline since %1",
    "Synkronisering annulleret": "Synchronisation cancelled",
    # I dag: Mine / Teamet, actions due this week, calendar files, the reminder at unlock
    "&Mine": "M&ine",
    "Forløb, hvor du er konsulent eller mentor": "Cases where you are the consultant or a mentor",
    "T&eamet": "T&eam",
    "Alle teamets forløb": "All the team's cases",
    "Til &kalender …": "To calend&ar …",
    "Gem det valgte møde eller den valgte opfølgning som kalenderfil (.ics)": (
        "Save the selected meeting or follow-up as a calendar file (.ics)"
    ),
    "Kalenderfi&l …": "Calendar fi&le …",
    "Gem alle dine kommende møder og opfølgninger i én kalenderfil (.ics)": (
        "Save all your upcoming meetings and follow-ups in one calendar file (.ics)"
    ),
    "Handlinger over frist og denne uge": "Actions overdue and due this week",
    "Handlinger: %1 over frist, %2 denne uge": "Actions: %1 overdue, %2 this week",
    "Kalenderfiler (*.ics)": "Calendar files (*.ics)",
    "Gem som kalenderfil": "Save as calendar file",
    "Kalenderfilen er gemt: %1": "The calendar file is saved: %1",
    "Gem dine møder som kalenderfil": "Save your meetings as a calendar file",
    "Kalenderfilen kunne ikke gemmes. Vælg en anden mappe, og prøv igen.": (
        "The calendar file could not be saved. Choose another folder and try again."
    ),
    "Frist i dag": "Due today",
    "Påmindelse om dagens møder": "Reminder of today's meetings",
    "Luk påmindelsen": "Close the reminder",
    "Dagens møder (%1)": "Today's meetings (%1)",
    "sted ikke angivet": "no place given",
    "Luk": "Close",
    # attachments (files attached to a case or a meeting)
    "Fil": "File",
    "Størrelse": "Size",
    "Tilføjet": "Added",
    "Helbred": "Health",
    "Helbredsoplysninger": "Health information",
    "Bilag": "Attachments",
    "Helbredsoplysninger (fx lægeerklæring)": "Health information (e.g. a medical certificate)",
    "Filer med helbredsoplysninger vises aldrig for mentorer og sendes aldrig til deres "
    "computere. Markeringen kan ikke fjernes igen.": "Files with health information are never "
    "shown to mentors and never sent to their computers. The mark cannot be removed again.",
    "Beskrivelse (valgfri)": "Description (optional)",
    "Beskrivelse af filen": "Description of the file",
    "Vedhæft fil …": "Attach file …",
    "Vedhæft fil": "Attach file",
    "PDF, JPEG eller PNG; højst %1 MB": "PDF, JPEG or PNG; at most %1 MB",
    "Åbn": "Open",
    "Slet": "Delete",
    "Problem med filen": "Problem with the file",
    "Gem mødet for at vedhæfte filer til det.": "Save the meeting to attach files to it.",
    "PDF og billeder (%1);;Alle filer (*)": "PDF and images (%1);;All files (*)",
    "Filen kunne ikke læses (%1).": "The file could not be read (%1).",
    "Filen «%1» er tom og kan ikke vedhæftes.": "The file ‘%1’ is empty and cannot be attached.",
    "Filen «%1» fylder %2. Den største fil, der kan vedhæftes, er %3 (kan ændres under "
    "Indstillinger).": "The file ‘%1’ is %2. The largest file that can be attached is %3 "
    "(can be changed in Settings).",
    "Filen «%1» er ikke en PDF, JPEG eller PNG (filens indhold er afgørende, ikke dens navn). "
    "Kun de typer kan vedhæftes.": "The file ‘%1’ is not a PDF, JPEG or PNG (the file's content "
    "decides, not its name). Only those types can be attached.",
    "Mødet findes ikke i dette forløb.": "The meeting does not exist in this case.",
    "Filen findes ikke, eller du har ikke adgang til den.": "The file does not exist, or you "
    "do not have access to it.",
    "Filen er ikke hentet helt til denne computer endnu. Synkronisér, og prøv igen.": "The file "
    "has not been fully fetched to this computer yet. Synchronise and try again.",
    "Filen er beskadiget: dens indhold passer ikke med det, der blev vedhæftet.": "The file is "
    "damaged: its content does not match what was attached.",
    "Slet fil": "Delete file",
    "Slette «%1»? Filen fjernes fra forløbet på alle computere.": "Delete ‘%1’? The file is "
    "removed from the case on every computer.",
    "Bilag: %1": "Attachment: %1",
    "Billede: %1": "Image: %1",
    # settings: attachments
    " MB": " MB",
    "Største fil, der kan vedhæftes": "Largest file that can be attached",
    "Største &bilag:": "Largest a&ttachment:",
}

# The same Danish word needing other English in one context: (context, source) -> English.
# the sync's progress line and the search notice during an initial sync (issue 16)
UI.update({
    "Sender %1 af %2": "Sending %1 of %2",
    "Sender %1": "Sending %1",
    "ca. %1 s tilbage": "about %1 s left",
    "ca. %1 min tilbage": "about %1 min left",
    "– forløbene hentes stadig fra serveren; søgningen finder foreløbig kun navne på dem, der er "
    "hentet": "– cases are still being received from the server; for now, search finds only the "
    "names of those that have arrived",
})

UI_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("CaseView", "Forløb"): "Case",  # the box about this one case
    ("CaseEditorDialog", "Forløb"): "Case",
}

# Numerus strings: (singular, plural) in English; Danish fills its own forms.
PLURALS_EN: dict[str, tuple[str, str]] = {
    "%n forløb": ("%n case", "%n cases"),
    "%n ændring(er) venter på synkronisering": ("%n change waiting to be synchronised",
                                                "%n changes waiting to be synchronised"),
    "For mange forkerte forsøg. Prøv igen om %n sekund(er).": (
        "Too many wrong attempts. Try again in %n second.",
        "Too many wrong attempts. Try again in %n seconds."),
    "%n side(r)": ("%n page", "%n pages"),
    "%n ændring(er) venter": ("%n change waiting", "%n changes waiting"),
    ", %n uløst(e) konflikt(er)": (", %n unresolved conflict", ", %n unresolved conflicts"),
    ", %n ny(e) konflikt(er)": (", %n new conflict", ", %n new conflicts"),
    ", %n afvist": (", %n refused", ", %n refused"),
    ", %n konflikt(er)": (", %n conflict", ", %n conflicts"),
    "Underskriften har %n streg(er).": ("The signature has %n stroke.",
                                        "The signature has %n strokes."),
    "%n til": ("%n more", "%n more"),
    "… og %n mere": ("… and %n more", "… and %n more"),
    "%n dag(e) over frist": ("%n day overdue", "%n days overdue"),
    "Om %n dag(e)": ("In %n day", "In %n days"),
    "%n møde(r) og opfølgning(er) gemt i %1": ("%n meeting or follow-up saved in %1",
                                               "%n meetings and follow-ups saved in %1"),
    # the sync's progress line (issue 16)
    "Henter %1 post(er)": ("Receiving %1 record", "Receiving %1 records"),
    "Henter %1 af %2 post(er)": ("Receiving %1 of %2 record", "Receiving %1 of %2 records"),
    "Henter %1 af ca. %2 post(er)": ("Receiving %1 of about %2 record",
                                     "Receiving %1 of about %2 records"),
}
PLURALS_DA: dict[str, tuple[str, str]] = {
    "%n forløb": ("%n forløb", "%n forløb"),
    "%n ændring(er) venter på synkronisering": ("%n ændring venter på synkronisering",
                                                "%n ændringer venter på synkronisering"),
    "For mange forkerte forsøg. Prøv igen om %n sekund(er).": (
        "For mange forkerte forsøg. Prøv igen om %n sekund.",
        "For mange forkerte forsøg. Prøv igen om %n sekunder."),
    "%n side(r)": ("%n side", "%n sider"),
    "%n ændring(er) venter": ("%n ændring venter", "%n ændringer venter"),
    ", %n uløst(e) konflikt(er)": (", %n uløst konflikt", ", %n uløste konflikter"),
    ", %n ny(e) konflikt(er)": (", %n ny konflikt", ", %n nye konflikter"),
    ", %n afvist": (", %n afvist", ", %n afvist"),
    ", %n konflikt(er)": (", %n konflikt", ", %n konflikter"),
    "Underskriften har %n streg(er).": ("Underskriften har %n streg.",
                                        "Underskriften har %n streger."),
    "%n til": ("%n til", "%n til"),
    "… og %n mere": ("… og %n mere", "… og %n mere"),
    "%n dag(e) over frist": ("%n dag over frist", "%n dage over frist"),
    "Om %n dag(e)": ("Om %n dag", "Om %n dage"),
    "%n møde(r) og opfølgning(er) gemt i %1": ("%n møde eller opfølgning gemt i %1",
                                               "%n møder og opfølgninger gemt i %1"),
    "Henter %1 post(er)": ("Henter %1 post", "Henter %1 poster"),
    "Henter %1 af %2 post(er)": ("Henter %1 af %2 post", "Henter %1 af %2 poster"),
    "Henter %1 af ca. %2 post(er)": ("Henter %1 af ca. %2 post", "Henter %1 af ca. %2 poster"),
}

# Labels from the protocol's vocabularies and the record catalogue (context "vocabulary").
VOCABULARY: dict[str, str] = {
    # consents and the audit chain (issue 18)
    "Aftalen om skånehensyn deles med mentor": "The accommodations agreement is shared with the "
    "mentor",
    "Virksomheden ser skånehensynene": "The company sees the accommodations",
    "Kontakt til egen læge (retssikkerhedsloven § 11 a)": "Contact with the citizen's doctor "
    "(Legal Protection Act § 11 a)",
    "Screeningssvarene gemmes": "The screening answers are stored",
    "Mundtligt": "Orally", "På papir": "On paper", "Givet": "Given",
    "Samtykke til": "Consent to", "Tilbagekaldt den": "Withdrawn on",
    "Forrige posts SHA-256": "SHA-256 of the previous entry",
    "Postens SHA-256": "SHA-256 of the entry", "Vist i søgeresultat": "Shown in search results",
    "Fleksjob": "Flexible job", "Ressourceforløb": "Resource course",
    "Sygedagpenge": "Sickness benefit", "Kontanthjælp": "Social assistance",
    "Uddannelseshjælp": "Education assistance", "Ledighedsydelse": "Unemployment allowance",
    "Førtidspension": "Disability pension", "Revalidering": "Rehabilitation",
    "Dagpenge": "Unemployment benefit", "Virksomhedspraktik": "Work placement",
    "Løntilskud": "Wage subsidy", "Småjob": "Small job",
    "Ordinær ansættelse med efterværn": "Ordinary employment with efterværn",
    "Mentorstøtte": "Mentor support", "Planlagt": "Planned", "Aktiv": "Active",
    "Afsluttet": "Closed", "Afbrudt": "Interrupted", "Ansat": "Employed",
    "Ansat i fleksjob": "Employed in flexible job", "Fortsat ledig": "Still unemployed",
    "Uddannelse": "Education", "Andet": "Other", "Indledende møde": "Initial meeting",
    "Opfølgning": "Follow-up", "Midtvejsevaluering": "Midway evaluation",
    "Slutevaluering": "Final evaluation", "Efterværn": "Efterværn (aftercare)", "Borger": "Citizen",
    "Virksomhed": "Company", "Jobcenter": "Job centre", "Mentor": "Mentor", "Ja": "Yes",
    "Delvist": "Partly", "Nej": "No", "Ikke vurderet": "Not assessed", "Kladde": "Draft",
    "Underskrevet": "Signed", "Erstattet af ny version": "Superseded by a new version",
    "Underskrevet på skærmen": "Signed on screen", "Underskrevet på papir": "Signed on paper",
    "Midtvejsopfølgning": "Midway follow-up", "Slutopfølgning": "Final follow-up",
    "Nedsat arbejdstid": "Reduced hours", "Fridage i løbet af ugen": "Days off during the week",
    "Lavere tempo": "Slower pace", "Ekstra pauser": "Extra breaks",
    "Fritagelse for bestemte opgaver": "Exemption from certain tasks",
    "Ingen tunge løft": "No heavy lifting", "Roligt arbejdssted": "Quiet workplace",
    "Faste opgaver og rutiner": "Fixed tasks and routines",
    "Fleksibelt mødetidspunkt": "Flexible start time", "Arbejde hjemmefra": "Working from home",
    "Skriftlige instruktioner": "Written instructions",
    "Virksomhedskonsulent": "Job consultant", "Virksomhedsmentor": "Company mentor",
    "Teamleder": "Team lead", "Administrator": "Administrator", "Vist": "Viewed",
    "Oprettet": "Created", "Ændret": "Changed", "Slettet": "Deleted", "Udskrevet": "Printed",
    "Eksporteret": "Exported", "Databasenøgle udleveret": "Database key handed out",
    "Låst op": "Unlocked", "Adgangskode ændret": "Password changed", "Navn": "Name",
    "CPR-nummer": "CPR number", "Adresse": "Address", "Telefon": "Phone", "E-mail": "E-mail",
    "Målgruppe": "Target group", "Funktionsbegrænsninger": "Functional limitations",
    "Helbredsnoter": "Health notes", "CVR-nummer": "CVR number", "P-nummer": "P-number",
    "Kontaktpersoner": "Contact persons", "Noter": "Notes", "Forløb": "Case", "Titel": "Title",
    "Team": "Team", "Konsulent": "Consultant", "Mentorer": "Mentors", "Ordning": "Scheme",
    "Status": "Status", "Startdato": "Start date", "Slutdato": "End date", "Formål": "Purpose",
    "Resultat": "Outcome", "Efterværnskadence": "Efterværn cadence", "Møde": "Meeting",
    "Mødetype": "Meeting type", "Tidspunkt": "Time", "Sted": "Place",
    "Deltagere": "Participants", "Status i forhold til mål": "Status against goals",
    "Planlagte timer pr. uge": "Planned hours per week",
    "Faktiske timer pr. uge": "Actual hours per week",
    "Virker skånehensynene?": "Are the skånehensyn working?", "Barrierer": "Barriers",
    "Borgerens / virksomhedens bemærkninger": "Comments of the citizen / company",
    "Sådan virker skånehensynene for os": "How the skånehensyn work for us",
    "Referat": "Minutes", "Beslutninger": "Decisions", "Næste møde": "Next meeting",
    "Helbredsnoter (kun jobcenter)": "Health notes (job centre only)", "Handling": "Action",
    "Trepartsplan": "Trepartsplan", "Hvad": "What", "Hvem har bolden": "Who holds the ball",
    "Frist": "Deadline", "Udført": "Done", "Aftale om skånehensyn": "Skånehensyn agreement",
    "Version": "Version", "Erstatter": "Supersedes", "Parter": "Parties",
    "Lovgrundlag": "Legal basis", "Gælder fra": "Valid from", "Gælder til": "Valid to",
    "Revurderes": "Review date", "Timer pr. uge": "Hours per week",
    "Timer fordelt på ugedage": "Hours by weekday", "Skånehensyn": "Skånehensyn",
    "Opgaver der indgår": "Tasks included", "Opgaver der ikke indgår": "Tasks not included",
    "Hjælpemidler": "Aids", "Personlig assistance, timer pr. uge":
        "Personal assistance, hours per week", "Mentortimer pr. uge": "Mentor hours per week",
    "Ved en dårlig dag / sygdom": "On a bad day / when ill",
    "Hvem ringer man til": "Whom to call", "Samtykke til deling": "Consent to share",
    "Mål": "Goal", "Delmål": "Sub-goals", "Timeprogression": "Hours progression",
    "Opgaver": "Tasks", "Støtte (mentor, hjælpemidler)": "Support (mentor, aids)",
    "Parternes forpligtelser": "The parties' commitments",
    "Evalueringskriterier": "Evaluation criteria", "Aftalt konsekvens": "Agreed consequence",
    "Underskrift": "Signature", "Dokumenttype": "Document type", "Dokument": "Document",
    "Indholdets SHA-256": "SHA-256 of the content", "Part": "Party", "Rolle": "Role",
    "Måde": "Method", "Underskrift (streger)": "Signature (strokes)",
    "Scanning (base64)": "Scan (base64)", "Samtykke": "Consent",
    "Hvad må deles": "What may be shared", "Med hvem": "With whom", "Hjemmel": "Legal basis",
    "Fra": "From", "Til": "To", "Tilbagekaldt": "Withdrawn", "Type": "Type", "Dato": "Date",
    "Betegnelse": "Label", "Registreret ved møde": "Recorded at meeting", "Konflikt": "Conflict",
    "Posttype": "Record type", "Post": "Record", "Felt": "Field",
    "Fælles udgangspunkt": "Common starting point", "Gældende tekst": "Current text",
    "Anden tekst": "Other text", "Løst": "Resolved", "Logpost": "Log entry", "Bruger": "User",
    "Enhed": "Device", "Detaljer": "Details",
    # the method (issue 13: sync.protocol.vocabulary and catalogue)
    "Tunge løft og fysisk belastning": "Heavy lifting and physical strain",
    "At stå eller gå længe": "Standing or walking for long", "At sidde stille længe":
        "Sitting still for long", "Finmotorik og brug af hænderne": "Fine motor skills, hands",
    "Koncentration over længere tid": "Concentrating for long",
    "Højt tempo og tidspres": "High pace and time pressure",
    "Mange mennesker og kundekontakt": "Many people and customer contact",
    "Støj, lys og uro": "Noise, light and bustle", "Skift og uforudsete opgaver":
        "Changes and unexpected tasks", "Læse og skrive": "Reading and writing",
    "Skiftende arbejdstider og nat": "Changing hours and nights",
    "Kørsel i arbejdet": "Driving at work", "Ved ikke": "Don't know",
    "Personlig assistance": "Personal assistance",
    "Arbejdsredskaber og hjælpemidler": "Work tools and aids",
    "Mindre arbejdspladsindretning": "Minor workplace adaptation",
    "Fortrinsadgang": "Priority access", "Isbryderordning": "Icebreaker scheme",
    "§ 56-aftale": "Section 56 agreement",
    "Skånejob (løntilskud til førtidspensionister)":
        "Sheltered job (wage subsidy for disability pensioners)",
    "Beskyttet beskæftigelse i en almindelig virksomhed":
        "Sheltered employment in an ordinary company",
    "Ikke relevant": "Not relevant", "Skal søges": "To be applied for", "Søgt": "Applied for",
    "Bevilget": "Granted", "Afslået": "Refused", "Ikke kontaktet": "Not contacted",
    "Kontaktet": "Contacted", "Praktik": "Work placement", "Job": "Job",
    "Projektgruppe": "Project group", "Referencegruppe": "Reference group",
    "Startskema": "Start questionnaire", "Slutskema": "End questionnaire",
    "Udfyldt sammen med konsulenten": "Filled in with the consultant",
    "Udfyldt af borgeren selv": "Filled in by the citizen", "Fortsæt": "Continue",
    "Forlæng": "Extend", "Ansættelse i et antal timer": "Hire for a number of hours",
    "Stop": "Stop", "Samme job": "Same job", "Andet job": "Other job", "Ledig": "Unemployed",
    "Midlertidigt job": "Temporary job", "Sygemeldt": "On sick leave", "Jobcoach": "Job coach",
    "Klippekort": "Punch card of hours", "Overdraget til": "Handed to",
    "Modtaget fra": "Received from", "Gruppe": "Group", "Projekt": "Project",
    "Jobstart": "Job start", "Borgerens egen liste": "The citizen's own list",
    "Listen med på borgerens kopi": "The list on the citizen's copy",
    "Støtteform": "Kind of support", "Budget, støttetimer": "Budget, support hours",
    "Klarer borgeren opgaverne?": "Does the citizen manage the tasks?",
    "Har virksomheden gavn af praktikken?": "Does the company benefit from the placement?",
    "Næste skridt": "Next step", "Ansættelse i timer pr. uge": "Hire for hours per week",
    "Brugte støttetimer": "Support hours used", "Screenet": "Screened",
    "Screenet af": "Screened by", "Samtykke til at registrere svarene":
        "Consent to record the answers",
    "Påvirker en fysisk eller psykisk funktionsnedsættelse, hvilke job eller timer du kan tage?":
        "Does a physical or mental impairment affect which jobs or hours you can take?",
    "Funktioner der påvirkes": "Functions affected", "Hvad har hjulpet før": "What helped before",
    "Forløb oprettet": "Case opened", "Kompenserende ordning": "Compensation scheme",
    "Behov konstateret": "Need identified", "Afgjort": "Decided", "Note": "Note",
    "Spørgeskema": "Questionnaire", "Skema": "Questionnaire", "Besvaret": "Answered",
    "Udfyldt": "Filled in", "Hvordan har du det for tiden?": "How are you at the moment?",
    "Hvor sikker er du på, at du kan arbejde?": "How sure are you that you can work?",
    "Hvor godt klarer du dine timer?": "How well do you manage your hours?",
    "Hvordan vurderer du selv dit forløb?": "How do you rate your course yourself?",
    "Din egen kommentar": "Your own comment", "Fastholdelsesopfølgning": "Retention follow-up",
    "Jobstatus": "Job status", "Modtager offentlig forsørgelse": "Receives public benefits",
    "Mål: borgere i projektet": "Target: citizens in the project",
    "Mål: borgere i job": "Target: citizens into jobs",
    "Mål: fastholdt efter 6 måneder (%)": "Target: retained after 6 months (%)",
    "Overdragelse": "Transfer", "Retning": "Direction", "Anden enhed": "Other unit",
    "Screening": "Screening",
    "Hvad blev delt": "What was shared", "På samtykke": "On consent",
    # attachments (sync.protocol.catalogue)
    "Bilag": "Attachment", "Bilagsdel": "Attachment part", "Filnavn": "File name",
    "Filtype": "File type", "Størrelse (byte)": "Size (bytes)", "Antal dele": "Number of parts",
    "Helbredsoplysninger (fx lægeerklæring)": "Health information (e.g. a medical certificate)",
    "Beskrivelse": "Description", "Nummer": "Number", "Indhold (base64)": "Content (base64)",
    # weekdays (desktop.domain.formatting.WEEKDAYS)
    "Mandag": "Monday", "Tirsdag": "Tuesday", "Onsdag": "Wednesday", "Torsdag": "Thursday",
    "Fredag": "Friday", "Lørdag": "Saturday", "Søndag": "Sunday",
    # password strength (desktop.services.setup)
    "Meget svag": "Very weak", "Svag": "Weak", "Middel": "Fair", "Stærk": "Strong",
    "Meget stærk": "Very strong",
    "Undgå almindelige ord, gentagelser og talrækker.":
        "Avoid common words, repetitions and number sequences.",
    "Brug mindst 10 tegn.": "Use at least 10 characters.",
    "En sætning på flere ord er både stærk og let at huske.":
        "A sentence of several words is both strong and easy to remember.",
    "Bland store og små bogstaver, tal eller tegn.":
        "Mix upper and lower case letters, digits or symbols.",
}

# Fixed domain problem messages (context "problems"); numbers become %1, %2, ...
PROBLEMS: dict[str, str] = {
    "Vælg, hvad der gives samtykke til.": "Choose what the consent is for.",
    "Vælg, hvordan samtykket er givet.": "Choose how the consent was given.",
    "«Til» kan ikke ligge før «Fra».": "«To» cannot be before «From».",
    "CPR-nummeret skal have formen DDMMÅÅ-XXXX.": "The CPR number must look like DDMMYY-XXXX.",
    "CPR-nummerets første seks cifre er ikke en gyldig dato.":
        "The first six digits of the CPR number are not a valid date.",
    "CPR-nummeret består ikke modulus %1-kontrollen. Det kan være gyldigt; kontrollér det med "
    "borgeren.": "The CPR number fails the modulus %1 check. It may still be valid; check it "
                 "with the citizen.",
    "CVR-nummeret skal være %1 cifre.": "The CVR number must be %1 digits.",
    "CVR-nummeret er ugyldigt (kontrolcifferet passer ikke).":
        "The CVR number is invalid (the check digit does not match).",
    "P-nummeret skal være %1 cifre.": "The P-number must be %1 digits.",
    "E-mailadressen ser ikke gyldig ud.": "The e-mail address does not look valid.",
    "Kontaktperson nr. %1 mangler navn.": "Contact person no. %1 has no name.",
    "Slutdatoen ligger før startdatoen.": "The end date is before the start date.",
    "Efterværnets intervaller skal være positive.": "The efterværn intervals must be positive.",
    "Næste møde skal ligge efter dette møde.": "The next meeting must be after this meeting.",
    "Højst %1 timer pr. uge.": "At most %1 hours per week.",
    "Handling %1: fristen ligger før mødet.": "Action %1: the deadline is before the meeting.",
    "Mødet hører til et andet forløb.": "The meeting belongs to another case.",
    "Teksten ligner en diagnose (%1). Beskriv i stedet, hvad det betyder for arbejdet (fx "
    "'tåler ikke løft over 5 kg').": "The text looks like a diagnosis (%1). Describe instead "
                                    "what it means for the work (e.g. 'cannot lift more than "
                                    "5 kg').",
    # identifiers, signatures and identity (desktop.domain, desktop.services.setup)
    "CPR-nummeret må kun indeholde almindelige cifre (%1-%2). Skriv det igen med tastaturets "
    "taltaster.": "The CPR number may only contain ordinary digits (%1-%2). Type it again with "
                  "the number keys on the keyboard.",
    "CVR-nummeret må kun indeholde almindelige cifre (%1-%2). Skriv det igen med tastaturets "
    "taltaster.": "The CVR number may only contain ordinary digits (%1-%2). Type it again with "
                  "the number keys on the keyboard.",
    "Underskriveren mangler navn.": "The signer's name is missing.",
    "Underskriften er tom.": "The signature is empty.",
    "Vedhæft en scanning eller et foto af papiret.": "Attach a scan or a photo of the paper.",
    "Skriv underskriverens fulde navn, ikke et brugernavn.":
        "Write the signer's full name, not a user name.",
    "Brugernavnet skal være %1-%2 tegn: små bogstaver, tal, punktum, bindestreg eller @ (fx "
    "fornavn.efternavn).": "The user name must be %1-%2 characters: lower-case letters, digits, "
                           "full stops, hyphens or @ (e.g. firstname.lastname).",
    "Vælg en rolle.": "Choose a role.",
    "Teamets navn må højst være %1 tegn.": "The team's name may be at most %1 characters.",
    # agreements and plans (desktop.domain.validation, desktop.services.signing)
    "'Gælder til' ligger før 'Gælder fra'.": "'Valid to' is before 'Valid from'.",
    "Timerne fordelt på ugedagene (%1) svarer ikke til timer pr. uge (%2).":
        "The hours spread over the weekdays (%1) do not add up to the hours per week (%2).",
    "Skånehensyn nr. %1 mangler en beskrivelse.": "Skånehensyn no. %1 has no description.",
    "Aftalen mangler gyldighedsperiode (fra).": "The agreement has no validity period (from).",
    "Aftalen mangler timer pr. uge.": "The agreement has no hours per week.",
    "Aftalen mangler hvad der sker på en dårlig dag.":
        "The agreement does not say what happens on a bad day.",
    "Aftalen mangler skånehensyn.": "The agreement has no skånehensyn.",
    "Uge %1-%2: ugerne er ugyldige.": "Weeks %1-%2: the weeks are invalid.",
    "Uge %1-%2: dage pr. uge skal være %3-%4.": "Weeks %1-%2: days per week must be %3-%4.",
    "Uge %1-%2: timer pr. dag er ugyldige.": "Weeks %1-%2: the hours per day are invalid.",
    "Uge %1-%2: %3 timer pr. uge er over %4.": "Weeks %1-%2: %3 hours per week is more than %4.",
    "Uge %1-%2 overlapper uge %3-%4.": "Weeks %1-%2 overlap weeks %3-%4.",
    "Der mangler timer for uge %1-%2.": "Hours are missing for weeks %1-%2.",
    "Planen mangler timeprogression.": "The plan has no hours progression.",
    "Dokumentet findes ikke.": "The document does not exist.",
    "Planen findes ikke.": "The plan does not exist.",
    "Dokumentet er en kladde; ret den direkte.": "The document is a draft; edit it directly.",
    "En mentor kan ikke underskrive her.": "A mentor cannot sign here.",
    "Ukendt part.": "Unknown party.",
}

# Messages naming the parties (desktop.services.signing): every combination, in the order
# REQUIRED_PARTIES gives them.
_PARTIES = (("Borger", "the citizen"), ("Virksomhed", "the company"),
            ("Jobcenter", "the job centre"))


def _listed(names: list[str], last: str) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {last} " + names[-1]


for _n in range(1, len(_PARTIES) + 1):
    for _combo in combinations(_PARTIES, _n):
        _da = [da for da, _en in _combo]
        _en = [en for _da, en in _combo]
        PROBLEMS[f"Planen mangler forpligtelser for: {', '.join(d.lower() for d in _da)}."] = (
            f"The plan has no commitments for: {', '.join(e.removeprefix('the ') for e in _en)}."
        )
        _who = _listed(_en, "and")
        PROBLEMS[f"{_listed(_da, 'og')} har underskrevet; ændringen kræver en ny underskrift."] = (
            f"{_who[0].upper()}{_who[1:]} {'has' if _n == 1 else 'have'} signed; the change needs "
            "a new signature."
        )
for _da_party, _en_party in _PARTIES:
    PROBLEMS[f"{_da_party} har allerede underskrevet denne version."] = (
        f"{_en_party[0].upper()}{_en_party[1:]} has already signed this version."
    )
# FrozenDocumentError, with the labels the store, the services and the editors give it.
for _da_doc, _en_doc in (("Dokumentet", "The document"), ("Aftale om skånehensyn",
                         "The skånehensyn agreement"), ("Trepartsplan", "The trepartsplan"),
                         ("Aftalen", "The agreement"), ("Planen", "The plan")):
    PROBLEMS[f"{_da_doc} er underskrevet og kan ikke ændres. Lav en ny version med "
             "'Ændr aftale'."] = (f"{_en_doc} is signed and cannot be changed. Make a new "
                                  "version with 'Change agreement'.")

# Messages the catalogue rules make for every field: Danish pattern -> English pattern.
FIELD_RULES: dict[str, str] = {
    "{label} skal udfyldes.": "{label} must be filled in.",
    "{label}: ugyldig værdi.": "{label}: invalid value.",
    "{label} må højst være %1 tegn.": "{label} may be at most %1 characters.",
    "{label} kan ikke være negativ.": "{label} cannot be negative.",
}

# Issue 13 (praktik evaluation, retention, projects, support, transfers)
PRAKTIK_UI: dict[str, str] = {
    "Tilbage på offentlig forsørgelse efter jobstart (%1):":
        "Back on public benefits after job start (%1):",
    "Borgere tilbage på offentlig forsørgelse": "Citizens back on public benefits",
    "Projekt, jobstart og støttetimer": "Project, job start and support hours",
    "Fastholdelse i &job": "&Retention",
    "St&øtte og overdragelse": "Support &budget and transfers",
    "Referencegruppen får den sædvanlige indsats; for den registreres kun resultatdata "
    "(opfølgninger, jobstart, resultat).": "The reference group gets the usual service; only "
    "outcome data is recorded for it (follow-ups, job start, outcome).",
    "(intet projekt)": "(no project)",
    "Fastholdelse efter 3, 6 og 12 måneder regnes fra jobstarten.":
        "Retention at 3, 6 and 12 months is counted from the job start.",
    "(ingen støtte)": "(no support)",
    "fx 40": "e.g. 40",
    "Timer i alt; møderne trækker de brugte støttetimer fra.":
        "Hours in total; the meetings deduct the support hours used.",
    "(ikke oplyst)": "(not stated)",
    "Uden jobstatus tælles opfølgningen som ukendt, aldrig som i job.":
        "Without a job status the follow-up counts as unknown, never as employed.",
    "Jobcoach-, mentor- eller klippekorttimer brugt siden sidste møde; trækkes fra forløbets "
    "budget.": "Job coach, mentor or punch-card hours used since the last meeting; deducted "
    "from the case's budget.",
    "fx Social- og handicapområdet": "e.g. Social and disability services",
    "(intet samtykke valgt)": "(no consent chosen)",
    "Det af borgerens samtykker, oplysningerne blev delt på.":
        "The citizen's consent the information was shared on.",
    "(ikke vurderet)": "(not assessed)",
    "(ikke besluttet)": "(not decided)",
    "Skal udfyldes ved ansættelse: 0-37 timer pr. uge.":
        "Required when hiring: 0-37 hours per week.",
    "fx 100": "e.g. 100",
    "fx 70": "e.g. 70",
    "Andel af borgerne i job, der stadig er i job 6 måneder efter start.":
        "Share of the citizens in a job who are still in work 6 months after the start.",
    ", heraf løntimer %1": ", of which paid hours %1",
    "Løntimer": "Paid hours",
    "Praktik": "Work placement",
    "Planens aftalte konsekvens: %1": "The plan's agreed consequence: %1",
    "&Projekter og mål …": "&Projects and targets …",
    "ingen": "none",
    "Periode %1: løntimer pr. uge": "Period %1: paid hours per week",
    "= %1 t praktik + %2 t løn = %3 t/uge": "= %1 h praktik + %2 h paid = %3 h/week",
    "Uge %1-%2: skriv løntimer pr. uge som et tal, fx 10, eller intet.":
        "Weeks %1-%2: write paid hours per week as a number, e.g. 10, or nothing.",
    "Perioder uden huller eller overlap, fx uge 1-2: 2 dage × 2 timer. Løntimer er almindelige "
    "lønnede timer ved siden af praktikken. Højst %1 timer pr. uge i alt.": "Periods without "
    "gaps or overlaps, e.g. weeks 1-2: 2 days × 2 hours. Paid hours are ordinary paid hours "
    "beside the praktik. At most %1 hours per week in total.",
    "Løntimer pr. uge": "Paid hours per week",
    "Nyt projekt": "New project",
    "Rediger projekt": "Edit project",
    "%1: skriv et helt tal, fx 40.": "%1: write a whole number, e.g. 40.",
    "Projekt": "Project",
    "Borgere / mål": "Citizens / target",
    "Mål: i job": "Target: in work",
    "Mål: fastholdt 6 mdr.": "Target: retained 6 months",
    "Referencegruppe": "Reference group",
    "Projekter og mål": "Projects and targets",
    "Projekter": "Projects",
    "&Nyt projekt …": "&New project …",
    "&Rediger …": "&Edit …",
    "&Slet": "&Delete",
    "Et forløb knyttes til et projekt og til projekt- eller referencegruppen under Rediger "
    "forløb. Rapporten viser fremdriften mod målene.": "A case is linked to a project and to the "
    "project or reference group under Edit case. The report shows progress against the targets.",
    "Slet projekt": "Delete project",
    "Slet projektet %1?": "Delete the project %1?",
    "Jobstatus ved efterværn": "Job status at efterværn",
    "Hvor står borgeren nu? Gemmes som en fastholdelsesopfølgning på forløbet. Uden jobstatus "
    "tælles opfølgningen som ukendt, aldrig som i job.": "Where does the citizen stand now? Saved "
    "as a retention follow-up on the case. Without a job status the follow-up counts as unknown, "
    "never as employed.",
    "Ny fastholdelsesopfølgning": "New retention follow-up",
    "Rediger fastholdelsesopfølgning": "Edit retention follow-up",
    "Måneder efter jobstart": "Months after job start",
    "Jobstatus": "Job status",
    "Ukendt": "Unknown",
    "Offentlig forsørgelse": "Public benefits",
    "Fra møde": "From meeting",
    "Note": "Note",
    "Ved ikke": "Don't know",
    "Borgeren er vendt tilbage til offentlig forsørgelse (opfølgning %1).":
        "The citizen has returned to public benefits (follow-up %1).",
    "Borgeren var tilbage på offentlig forsørgelse %1, men er i job igen.":
        "The citizen was back on public benefits %1 but is in work again.",
    "Hvor står borgeren efter jobstart? Samme job, andet job, uddannelse, småjob og midlertidigt "
    "job tæller som fastholdt; ledig og sygemeldt er en tilbagevenden til forsørgelse.": "Where "
    "does the citizen stand after job start? Same job, other job, education, small job and "
    "temporary job count as retained; unemployed and sick leave are a return to benefits.",
    "Fastholdelsesopfølgninger": "Retention follow-ups",
    "N&y opfølgning …": "&New follow-up …",
    "Rediger …": "Edit …",
    "Jobstart: %1": "Job start: %1",
    "Forløbet har ingen jobstart endnu (Rediger forløb). Fastholdelse regnes fra jobstarten.":
        "The case has no job start yet (Edit case). Retention is counted from the job start.",
    "Slet opfølgning": "Delete follow-up",
    "Slet fastholdelsesopfølgningen fra %1?": "Delete the retention follow-up of %1?",
    "Støttetimer": "Support hours",
    "Budgettet sættes under Rediger forløb; hvert møde kan registrere de brugte støttetimer "
    "(jobcoach, mentor, klippekort).": "The budget is set under Edit case; each meeting can "
    "record the support hours used (job coach, mentor, punch card).",
    "Støtteform:": "Kind of support:",
    "Budget:": "Budget:",
    "Brugt (fra møderne):": "Used (from the meetings):",
    "Tilbage:": "Left:",
    "Overdragelser til og fra andre enheder": "Transfers to and from other units",
    "Overdragelser": "Transfers",
    "Ny o&verdragelse …": "New trans&fer …",
    "Slet overdragelse": "Delete transfer",
    "%1 timer": "%1 hours",
    "intet budget": "no budget",
    "%1 timer ved %2 møder": "%1 hours at %2 meetings",
    "Budgettet er overskredet med %1 timer.": "The budget is exceeded by %1 hours.",
    "Slet overdragelsen til/fra %1?": "Delete the transfer to/from %1?",
    "Ny overdragelse": "New transfer",
    "Rediger overdragelse": "Edit transfer",
    "Borgeren har ingen registrerede samtykker.": "The citizen has no recorded consents.",
    "Retning": "Direction",
    "Anden enhed": "Other unit",
    "Hvad blev delt": "What was shared",
    "På samtykke": "On consent",
    "Evaluering af praktikken": "Evaluation of the praktik",
    "Klarer borgeren opgaverne, har virksomheden gavn af praktikken, og virker "
    "skånehensynene? Næste skridt afgør, hvad der står i beslutningerne.": "Does the citizen "
    "manage the tasks, does the company benefit from the praktik, and are the skånehensyn "
    "working? The next step decides what goes into the decisions.",
    "Forløbet har ingen trepartsplan med en aftalt konsekvens.":
        "The case has no trepartsplan with an agreed consequence.",
    "Brug i beslutningerne": "Use in the decisions",
    "Sæt planens aftalte konsekvens ind i mødets beslutninger":
        "Put the plan's agreed consequence into the meeting's decisions",
    "Ja": "Yes",
    "Nej": "No",
}
for _da, _en in PRAKTIK_UI.items():
    UI.setdefault(_da, _en)

PRAKTIK_PROBLEMS: dict[str, str] = {
    "Skriv hvor mange timer pr. uge borgeren ansættes i (%1-%2), når næste skridt er "
    "ansættelse.":
        "Write how many hours per week the citizen is hired for (%1-%2) when the next step is "
        "hiring.",
    "Jobstarten ligger før forløbets start.": "The job start is before the case's start.",
    "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et budget for "
    "støttetimer. Fjern støtteform og budget, eller flyt forløbet til projektgruppen.":
        "The case is in the reference group: only outcome data is recorded, not a budget of "
        "support hours. Remove the kind of support and the budget, or move the case to the "
        "project group.",
    "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke en evaluering af "
    "praktikken.": "The case is in the reference group: only outcome data is recorded, not an "
    "evaluation of the praktik.",
    "Forløbet er i referencegruppen: støttetimer registreres ikke.":
        "The case is in the reference group: support hours are not recorded.",
    "Målet for borgere i job er større end målet for borgere i projektet.":
        "The target for citizens in work is larger than the target for citizens enrolled.",
    "Projektet har forløb knyttet til sig og kan ikke slettes. Flyt forløbene til et andet "
    "projekt først.": "Cases are linked to the project, so it cannot be deleted. Move the cases "
    "to another project first.",
    "Overdragelsen findes ikke.": "The transfer does not exist.",
    "Samtykket hører ikke til forløbets borger.": "The consent does not belong to the case's "
    "citizen.",
    "Samtykket gjaldt ikke på overdragelsens dato.": "The consent was not valid on the date of "
    "the transfer.",
    "Opfølgningen ligger før forløbets start.": "The follow-up is before the case's start.",
    "Opfølgningen ligger i fremtiden; tjek datoen.": "The follow-up is in the future; check the "
    "date.",
    "Opfølgningen findes ikke.": "The follow-up does not exist.",
    "Opfølgningen hører til et andet forløb.": "The follow-up belongs to another case.",
    "Uge %1-%2: løntimer pr. uge skal være %3-%4.": "Weeks %1-%2: paid hours per week must be "
    "%3-%4.",
    "Uge %1-%2: praktik og løntimer er tilsammen %3 timer pr. uge; højst %4.": "Weeks %1-%2: "
    "praktik and paid hours are %3 hours per week together; at most %4.",
}
PROBLEMS.update(PRAKTIK_PROBLEMS)
FIELD_RULES["{label} skal være mellem %1 og %2."] = "{label} must be between %1 and %2."

# Issue 14 (the company side: profile, needs, matching, contact history, network)
COMPANY_UI: dict[str, str] = {
    "%1 af %2 virksomheder": "%1 of %2 companies",
    "%1 af %2 virksomheder (%3 %) mod målet %4 %": "%1 of %2 companies (%3 %) against the "
    "target of %4 %",
    "%1 borger(e) uden screening og egen liste er ikke med": "%1 citizen(s) without a screening "
    "or own list are not included",
    "%1 forslag": "%1 suggestions",
    "&Dialogforum og netværk …": "&Dialogue forum and network …",
    "&Match borgere …": "&Match citizens …",
    "&Netværk:": "&Network:",
    "&Rediger mål …": "&Edit targets …",
    "4 cifre": "4 digits",
    "; %1 udeladt, fordi et krav rammer en funktion i screeningen": "; %1 left out because a "
    "demand hits a function marked in the screening",
    "Aftale&r": "Ag&reements",
    "Aftaler": "Agreements",
    "Andel cirkulær økonomi": "Share of circular economy",
    "Antal ansatte: skriv et helt tal, fx 12.": "Number of employees: write a whole number, "
    "e.g. 12.",
    "Arbejdssted": "Workplace",
    "Arbejdssted %1: %2": "Workplace %1: %2",
    "Beho&v": "Nee&ds",
    "Behov": "Need",
    "Borgere til «%1» hos %2": "Citizens for “%1” at %2",
    "Borgeren har ingen egen liste (ønskeliste)": "The citizen has no own list (wish list)",
    "Borgeren har ingen screening: funktioner kan ikke vurderes": "The citizen has no "
    "screening: functions cannot be weighed",
    "Borgeren har intet forløb i teamet": "The citizen has no case in the team",
    "Borgerens drømmevirksomhed": "The citizen's dream company",
    "Borgerens timer pr. uge er ikke kendt (ingen aftale, plan eller møde)": "The citizen's "
    "hours per week are not known (no agreement, plan or meeting)",
    "Cirkulær økonomi:": "Circular economy:",
    "Dagsorden": "Agenda",
    "Dialogforum og virksomhedsnetværk": "Dialogue forum and company network",
    "Find &job og behov …": "Find &jobs and needs …",
    "Fjern arbejdssted %1": "Remove workplace %1",
    "Flere timer end borgeren kan (%1 t/uge mod %2)": "More hours than the citizen can manage "
    "(%1 h/week against %2)",
    "Forl&øb": "Ca&ses",
    "Form": "Kind",
    "Formål": "Purpose",
    "Forslag": "Suggestions",
    "Forslag rangeret efter point; konsulenten vurderer og beslutter. Intet sendes eller deles "
    "automatisk.": "Suggestions ranked by points; the consultant weighs them and decides. "
    "Nothing is sent or shared automatically.",
    "Fremmødt": "Present",
    "Giver løntilskuddets rimelighedskrav (1 under 5 ansatte, 1 pr. 5 op til 50, derefter 1 "
    "pr. 10).": "Gives the wage subsidy staff ratio (1 under 5 employees, 1 per 5 up to 50, "
    "then 1 per 10).",
    "Hvad skal gøres": "What is to be done",
    "Hvem": "Who",
    "Hvorfor": "Why",
    "Højst 37 timer om ugen.": "At most 37 hours a week.",
    "Indmeldt": "Joined",
    "Ingen krav rammer funktioner i screeningen": "No demand hits a function marked in the "
    "screening",
    "Ingen rangering: der mangler noget at matche på.": "No ranking: there is nothing to match "
    "on yet.",
    "Kan tilbyde": "Can offer",
    "Kontakt": "Contact",
    "Kontakt&historik": "Contact &history",
    "Kontakthistorik": "Contact history",
    "Krav": "Demands",
    "Langt væk (%1 og %2)": "Far apart (%1 and %2)",
    "Løntilskud: %1 forløb nu af højst %2 (rimelighedskravet).": "Wage subsidy: %1 cases now "
    "of at most %2 (the staff ratio).",
    "Løntilskud: %1 forløb nu. Angiv antal ansatte på profilen for at se rimelighedskravet.":
        "Wage subsidy: %1 cases now. Enter the number of employees on the profile to see the "
        "staff ratio.",
    "Match": "Match",
    "Medlem": "Member",
    "Medlemmer": "Members",
    "Mål: skriv et helt tal, fx 18.": "Target: write a whole number, e.g. 18.",
    "Netværk": "Network",
    "Netværk og mål": "Network and targets",
    "Netværksmøde": "Network meeting",
    "Nr.": "No.",
    "Ny &kontakt …": "New &contact …",
    "Ny kontakt": "New contact",
    "Nyt &behov …": "New &need …",
    "Nyt &medlem …": "New &member …",
    "Nyt behov": "New need",
    "Nyt m&øde …": "New meetin&g …",
    "Nyt medlem": "New member",
    "Nyt ne&tværk …": "New ne&twork …",
    "Nyt netværk": "New network",
    "Nyt netværksmøde": "New network meeting",
    "Næste kontakt": "Next contact",
    "Næste kontakt: %1 · åbne handlinger: %2": "Next contact: %1 · open action items: %2",
    "P-nummer (10 cifre)": "P-number (10 digits)",
    "Passer med ønsket «%1»": "Fits the wish “%1”",
    "Point": "Points",
    "Postnr.": "Postcode",
    "Pro&fil": "Pro&file",
    "På borgerens egen liste": "On the citizen's own list",
    "Rekruttering:": "Recruitment:",
    "Resultat": "Outcome",
    "Samme landsdel (%1 og %2)": "Same part of the country (%1 and %2)",
    "Samme område (%1 og %2)": "Same area (%1 and %2)",
    "Samme postnummer (%1)": "Same postcode (%1)",
    "Skånehensyn tilbydes ikke: %1": "Accommodations not offered: %1",
    "Skånehensyn tilbydes: %1": "Accommodations offered: %1",
    "Teamet har intet netværk endnu. Opret et med «Nyt netværk».": "The team has no network "
    "yet. Create one with “New network”.",
    "Teamets borgere rangeret for det valgte behov": "The team's citizens ranked for the "
    "selected need",
    "Tilføj &handling": "Add &action item",
    "Tilføj arbej&dssted": "Add &workplace",
    "Timerne passer (%1 t/uge, borgeren kan %2)": "The hours fit (%1 h/week, the citizen can "
    "manage %2)",
    "Tomt: virksomhedens navn.": "Empty: the company's name.",
    "Udmeldt": "Left",
    "Virksomhedens behov": "The company's needs",
    "Virksomheder rekrutteret af målet": "Companies recruited of the target",
    "Virksomheder til kontakt": "Companies due for contact",
    "Virksomheder til kontakt (%1):": "Companies due for contact (%1):",
    "Virksomhedernes åbne behov rangeret for borgeren": "The companies' open needs ranked for "
    "the citizen",
    "fx 15": "e.g. 15",
    "fx 18": "e.g. 18",
    "fx 20": "e.g. 20",
    "ikke aftalt": "not agreed",
    "mangler %1 cirkulær(e) virksomhed(er)": "%1 circular-economy company(ies) short",
    "Åbne behov til borgeren": "Open needs for the citizen",
    "point": "points",
    "Hvorfor dette forslag": "Why this suggestion",
}
for _da, _en in COMPANY_UI.items():
    UI.setdefault(_da, _en)

VOCABULARY.update({
    "Anden": "Other",
    "Antal ansatte": "Number of employees",
    "Arbejdssteder": "Workplaces",
    "Behov": "Need",
    "Besat": "Filled",
    "Besøg": "Visit",
    "Branche": "Industry",
    "Cirkulær økonomi": "Circular economy",
    "Dagsorden": "Agenda",
    "Fagforening": "Union",
    "Fra jobcentret": "From the jobcentre",
    "Fremmøde": "Attendance",
    "Handicaprådet": "The disability council",
    "Handlinger": "Action items",
    "Hos virksomheden": "At the company",
    "I dialog": "In dialogue",
    "Indmeldt": "Joined",
    "Kontaktform": "Kind of contact",
    "Krav i opgaverne": "Demands of the tasks",
    "Lukket": "Closed",
    "Medlemstype": "Kind of member",
    "Mål: andel cirkulær økonomi (%)": "Target: share of circular economy (%)",
    "Mål: antal virksomheder": "Target: number of companies",
    "Netværk": "Network",
    "Netværksmedlem": "Network member",
    "Netværksmøde": "Network meeting",
    "Næste kontakt": "Next contact",
    "Opkald": "Call",
    "Ordinært job": "Ordinary job",
    "Postnummer (arbejdssted)": "Postcode (workplace)",
    "Skånehensyn virksomheden kan tilbyde": "Accommodations the company can offer",
    "Socialøkonomi og cirkulær økonomi": "Social and circular economy",
    "Socialøkonomisk virksomhed": "Social-economy company",
    "Start": "Start",
    "Sæsonarbejde": "Seasonal work",
    "Sæsonbehov": "Seasonal need",
    "Søger kandidater nu": "Wants candidates now",
    "Udmeldt": "Left",
    "Virksomhedens interesse": "The company's interest",
    "Virksomhedskontakt": "Company contact",
    "Åben": "Open",
    "Åben for fleksjob": "Open to flex jobs",
    "Åben for praktik": "Open to work placements",
})

PROBLEMS.update({
    "Postnummeret skal være %1 cifre.": "The postcode must be %1 digits.",
    "Timer pr. uge kan højst være %1 (fuld tid).": "Hours per week can be at most %1 (full "
    "time).",
    "Timer pr. uge kan ikke være negativ.": "Hours per week cannot be negative.",
    "Arbejdssted nr. %1: P-nummeret skal være %2 cifre.": "Workplace no. %1: the P-number must "
    "be %2 digits.",
    "Arbejdssted nr. %1: postnummeret skal være %2 cifre.": "Workplace no. %1: the postcode "
    "must be %2 digits.",
    "Handling nr. %1 mangler en beskrivelse.": "Action item no. %1 has no description.",
    "Løntilskud: en virksomhed med %1 ansatte må have %2 i løntilskud ad gangen; med dette "
    "forløb bliver det %3. Løntilskud skal give flere ansatte, ikke erstatte ordinært "
    "ansatte.": "Wage subsidy: a company with %1 employees may have %2 on wage subsidy at a "
    "time; with this case it becomes %3. A wage subsidy must add staff, not replace ordinary "
    "staff.",
    "Et nyt behov kan ikke starte i fortiden. Vælg dagens dato eller senere.": "A new need "
    "cannot start in the past. Choose today's date or later.",
    "Næste kontakt kan ikke ligge før kontakten.": "The next contact cannot be before the "
    "contact.",
    "Udmeldelsen kan ikke ligge før indmeldelsen.": "Leaving cannot be before joining.",
    "Vælg virksomheden, når medlemmet er en virksomhed.": "Choose the company when the member "
    "is a company.",
})

# The method's screening, fast track, own list and questionnaires (issue 13, items 1-4).
_METHOD_UI = {
    # case page tabs and overview
    "Ordni&nger": "Fast trac&k",
    "Egen l&iste": "O&wn list",
    "Spørges&kemaer": "Surve&ys",
    "Screenet %1 · %2 er personlig jobformidler": "Screened %1 · %2 is the personal job broker",
    # fast track
    "Ikke vurderet": "Not considered",
    "Søgt": "Applied",
    "Afgjort": "Decided",
    "Dage til afgørelse": "Days to decision",
    "Venter (dage)": "Waiting (days)",
    "Kompenserende ordning": "Compensation scheme",
    "Skal søges: behovet er konstateret. Søgt: ansøgningen er sendt. Bevilget eller afslået: "
    "skriv datoen for afgørelsen.": "To be applied for: the need is identified. Applied for: the "
    "application is sent. Granted or refused: write the date of the decision.",
    "Hurtigt spor for de handicapkompenserende ordninger: hver ordning med status og datoer. "
    "Rødt: venter længere end %1 dage (Indstillinger).": "Fast track for the disability "
    "compensation schemes: each scheme with its status and dates. Red: waiting longer than %1 "
    "days (Settings).",
    "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et hurtigt spor.":
    "The case is in the reference group: only outcome data is recorded, no fast track.",
    "Kompenserende ordninger": "Compensation schemes",
    "&Udfyld ordning …": "&Fill in scheme …",
    "Nulstil": "Clear",
    "Fjern ordningens status og datoer fra forløbet": "Remove the scheme's status and dates "
    "from the case",
    "Hvornår behovet blev konstateret.": "When the need was identified.",
    "Datoen for bevilling eller afslag.": "The date it was granted or refused.",
    "(ingen ordning)": "(no scheme)",
    "Skånehensyn %1: ordning der betaler": "Skånehensyn %1: scheme that pays",
    "Betales af ordning": "Paid by scheme",
    " dage": " days",
    "I dag viser ordninger i det hurtige spor, der har ventet længere end": "Today lists fast "
    "track schemes that have waited longer than",
    "&Hurtigt spor, ventetid:": "Fast track, &waiting time:",
    "%1 dage": "%1 days",
    "Venter i det hurtige spor i mere end %1 dage (%2):": "Waiting in the fast track for more "
    "than %1 days (%2):",
    "Ordninger, der venter for længe": "Schemes waiting too long",
    " og %1 flere (se fanen Ordninger på forløbet)": " and %1 more (see the case's Fast track "
    "tab)",
    # screening
    "Ny &screening …": "New &screening …",
    "Ny screening (første &kontakt) …": "New screening (first &contact) …",
    "Ja, borgeren giver samtykke til, at svarene registreres": "Yes, the citizen consents to "
    "the answers being recorded",
    "(ikke besvaret)": "(not answered)",
    "Sæt kryds ved det, der er svært. Skriv funktion, ikke diagnose.": "Tick what is hard. "
    "Write functions, not diagnoses.",
    "Screening ved første kontakt": "Screening at first contact",
    "Ny borger (første kontakt)": "New citizen (first contact)",
    "Spørg borgeren, om en fysisk eller psykisk funktionsnedsættelse påvirker, hvilke job eller "
    "timer de kan tage. Svarene er helbredsoplysninger: de vises aldrig for mentorer og kommer "
    "aldrig på papir.": "Ask the citizen whether a physical or mental impairment affects which "
    "jobs or hours they can take. The answers are health data: they are never shown to mentors "
    "and never printed.",
    "Positiv screening": "Positive screening",
    "Borgeren oplever, at en funktionsnedsættelse påvirker, hvilke job eller timer de kan tage. "
    "Vil du oprette et forløb med dig som borgerens personlige jobformidler?": "The citizen "
    "finds that an impairment affects which jobs or hours they can take. Do you want to open a "
    "case with you as the citizen's personal job broker?",
    "&Opret forløb": "&Open case",
    "&Ikke nu": "&Not now",
    "Borgerens screeninger": "The citizen's screenings",
    "Screenet": "Screened",
    "Af": "By",
    "Påvirker job eller timer": "Affects jobs or hours",
    "(ikke registreret)": "(not recorded)",
    "Oprettet": "Opened",
    # own list
    "Drøm": "Dream",
    "Drøm: %1": "Dream: %1",
    "Virksomhed / arbejde": "Company / work",
    "Borgerens egen liste": "The citizen's own list",
    "Borgerens egen liste: %1": "The citizen's own list: %1",
    "Ja, borgeren vil have listen med på sin kopi af aftalen": "Yes, the citizen wants the list "
    "on their copy of the agreement",
    "&Tilføj punkt": "&Add entry",
    "Slags arbejde": "Kind of work",
    "(ingen bestemt virksomhed)": "(no particular company)",
    "Slags arbejde, fx lager": "Kind of work, e.g. warehouse",
    "Punkt %1: virksomhed": "Entry %1: company",
    "Punkt %1: slags arbejde": "Entry %1: kind of work",
    "Punkt %1: status": "Entry %1: status",
    "Punkt %1: dato for status": "Entry %1: date of the status",
    "Punkt %1: note": "Entry %1: note",
    "Flyt punkt %1 op": "Move entry %1 up",
    "Fjern punkt %1": "Remove entry %1",
    "Punkt %1: skriv datoen som dd.mm.åååå.": "Entry %1: write the date as dd.mm.yyyy.",
    "3–5 virksomheder eller slags arbejde, borgeren kan se sig selv i. Begynd med det arbejde, "
    "borgeren drømmer om: det første punkt er drømmen. Listen kommer aldrig på virksomhedens "
    "eller jobcentrets eksemplar.": "3–5 companies or kinds of work the citizen can see "
    "themselves in. Start with the work the citizen dreams of: the first entry is the dream. "
    "The list never goes on the company's or the job centre's copy.",
    "Borgerens egen liste: de virksomheder eller slags arbejde, borgeren selv peger på, med "
    "drømmen først. Brug den, når du planlægger kontakten til virksomheder.": "The citizen's own "
    "list: the companies or kinds of work the citizen points to, the dream first. Use it when "
    "you plan the contact with companies.",
    "&Udfyld listen …": "&Fill in the list …",
    "Forløbet er i referencegruppen: der føres ingen egen liste.": "The case is in the "
    "reference group: no own list is kept.",
    "Listen er tom.": "The list is empty.",
    "Listen kommer med på borgerens kopi af aftalen.": "The list goes on the citizen's copy of "
    "the agreement.",
    "Listen kommer ikke med på borgerens kopi af aftalen.": "The list does not go on the "
    "citizen's copy of the agreement.",
    # questionnaires
    "Skriv gerne med dine egne ord.": "Feel free to write in your own words.",
    "%1 af 5: %2": "%1 of 5: %2",
    "Meget dårligt": "Very bad", "Dårligt": "Bad",
    "Hverken godt eller dårligt": "Neither good nor bad", "Godt": "Good",
    "Meget godt": "Very good", "Slet ikke sikker": "Not sure at all",
    "Lidt sikker": "A little sure", "Nogenlunde sikker": "Fairly sure",
    "Ret sikker": "Quite sure", "Helt sikker": "Completely sure", "Slet ikke": "Not at all",
    "Nogenlunde": "Fairly well", "Rigtig godt": "Very well",
    "Spørgeskema: %1": "Questionnaire: %1",
    "Sæt ét kryds ved hvert spørgsmål: 1 er det laveste, 5 det højeste. Et skema, der ikke er "
    "helt udfyldt, gemmes som kladde og kan gøres færdigt senere.": "Tick one box for each "
    "question: 1 is the lowest, 5 the highest. A questionnaire that is not fully filled in "
    "is kept as a draft and can be finished later.",
    "Svar med dine egne ord og kryds. Konsulenten ser dine svar bagefter. Tryk Gem, når du er "
    "færdig, og giv så computeren tilbage.": "Answer with your own ticks and words. The "
    "consultant sees your answers afterwards. Press Save when you are done, then give the "
    "computer back.",
    "De samme fire spørgsmål ved forløbets start og slut (skala 1–5). Forskellen viser, hvordan "
    "borgeren selv oplever forløbet.": "The same four questions at the start and the end of the "
    "case (scale 1–5). The difference shows how the citizen experiences the case.",
    "Spørgsmål": "Question",
    "Ændring": "Change",
    "&Udfyld startskema …": "Start &questionnaire …",
    "Udf&yld slutskema …": "&Final questionnaire …",
    "Lad borgeren s&vare selv …": "Let the citi&zen answer alone …",
    "Overdrag skærmen: borgeren ser kun spørgeskemaet, din adgangskode afslutter": "Hand over "
    "the screen: the citizen sees only the questionnaire, your password ends it",
    "Startskema": "Start questionnaire",
    "Slutskema": "End questionnaire",
    "%1: ikke udfyldt": "%1: not filled in",
    "%1: kladde (ikke alle spørgsmål besvaret), %2": "%1: draft (not every question "
    "answered), %2",
    "%1: besvaret %2": "%1: answered %2",
    "Forløbet er i referencegruppen: der udfyldes ingen spørgeskemaer.": "The case is in the "
    "reference group: no questionnaires are filled in.",
}
assert not set(_METHOD_UI) & set(UI), set(_METHOD_UI) & set(UI)
UI.update(_METHOD_UI)

_METHOD_PROBLEMS = {
    "Forløbet kan ikke flyttes til referencegruppen: det har allerede projektdata "
    "(spørgeskemaer, ansøgninger i det hurtige spor, en evaluering af praktikken "
    "eller støttetimer). Referencegruppen får den sædvanlige indsats, og der "
    "registreres kun resultatdata for den.":
        "The case cannot be moved into the reference group: it already has project data "
        "(questionnaires, fast-track applications, a praktik evaluation or support hours). The "
        "reference group gets the usual service, and only outcome data is recorded for it.",
    "Borgeren har trukket samtykket til at gemme screeningssvar tilbage. Registrér et nyt "
    "samtykke under «Samtykker …» på borgeren, eller gem screeningen uden svarene.":
        "The citizen has withdrawn the consent to keep screening answers. Record a new consent "
        "under \u201cConsents …\u201d on the citizen, or save the screening without the answers.",
    "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et hurtigt spor for "
    "de kompenserende ordninger.": "The case is in the reference group: only outcome data is "
    "recorded, no fast track for the compensation schemes.",
    "Skriv datoen for afgørelsen (bevilget eller afslået).": "Write the date of the decision "
    "(granted or refused).",
    "Skriv datoen for ansøgningen.": "Write the date of the application.",
    "Der er en dato for afgørelsen, men status er hverken bevilget eller afslået.": "There is a "
    "date of decision, but the status is neither granted nor refused.",
    "Ordningen findes ikke.": "The scheme does not exist.",
    "Ordningen hører til et andet forløb.": "The scheme belongs to another case.",
    "Forløbet har allerede denne ordning på listen.": "The case already has this scheme on its "
    "list.",
    "Ansøgningen ligger før behovet blev konstateret.": "The application is dated before the "
    "need was identified.",
    "Afgørelsen ligger før ansøgningen.": "The decision is dated before the application.",
    "Afgørelsen ligger før behovet blev konstateret.": "The decision is dated before the need "
    "was identified.",
    "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke borgerens egen "
    "liste. Tøm listen, eller flyt forløbet til projektgruppen.": "The case is in the reference "
    "group: only outcome data is recorded, not the citizen's own list. Empty the list, or move "
    "the case to the project group.",
    "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke spørgeskemaer.":
    "The case is in the reference group: only outcome data is recorded, no questionnaires.",
    "Ikke alle spørgsmål er besvaret: skemaet gemmes som kladde og tæller først med i "
    "opgørelsen, når det er helt udfyldt.": "Not every question is answered: the questionnaire "
    "is kept as a draft and counts in the report only once it is fully filled in.",
    "Datoen ligger i fremtiden.": "The date is in the future.",
    "Skemaet hører til et andet forløb.": "The questionnaire belongs to another case.",
    "Slutskemaet ligger før startskemaet.": "The end questionnaire is dated before the start "
    "questionnaire.",
    "Skemaet findes ikke.": "The questionnaire does not exist.",
    "Borgeren har ikke givet samtykke til at registrere svarene: de gemmes ikke. Kun "
    "tidspunktet for screeningen gemmes.": "The citizen has not consented to recording the "
    "answers: they are not kept. Only the time of the screening is kept.",
    "Screeningen ligger i fremtiden; tjek tidspunktet.": "The screening is in the future; check "
    "the time.",
    "Borgeren findes ikke.": "The citizen does not exist.",
    "Screeningen findes ikke.": "The screening does not exist.",
    "Screeningen hører til en anden borger.": "The screening belongs to another citizen.",
    "Screeningen viser ingen funktionsnedsættelse, der påvirker job eller timer (eller "
    "borgeren har ikke givet samtykke): der oprettes ikke et forløb ud fra den.": "The "
    "screening shows no impairment affecting jobs or hours (or the citizen has not consented): "
    "no case is opened from it.",
    "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke borgerens egen "
    "liste.": "The case is in the reference group: only outcome data is recorded, not the "
    "citizen's own list.",
    "Kun ét punkt kan være drømmen (det første).": "Only one entry can be the dream (the first).",
    "Listen begynder med det arbejde, borgeren drømmer om: markér drømmen.": "The list starts "
    "with the work the citizen dreams of: mark the dream.",
    "En valgt virksomhed findes ikke.": "A chosen company does not exist.",
}
PROBLEMS.update({k: v for k, v in _METHOD_PROBLEMS.items() if k not in PROBLEMS})

# the effect report view (issue 13, item 7) and the evaluator's CSV export (item 9)
EFFECT_REPORT: dict[str, str] = {
    "%1 (%2 af %3)\n95 %: %4–%5": "%1 (%2 of %3)\n95 %: %4–%5",
    "%1 af %2 uger (%3 ukendte)": "%1 of %2 weeks (%3 unknown)",
    "%1 afventer": "%1 pending",
    "%1 forløb skrevet pseudonymiseret til %2.": "%1 cases written pseudonymised to %2.",
    "%1 t (%2)": "%1 h (%2)",
    "%1: %2 (%3 af %4)": "%1: %2 (%3 of %4)",
    "%1: ingen forløb": "%1: no cases",
    "%1\n95 %: %2 til %3": "%1\n95 %: %2 to %3",
    "&Gruppe:": "&Group:",
    "&Projekt:": "&Project:",
    "&Til:": "&To:",
    "&Udskriv / PDF …": "Print / P&DF …",
    "&Vis rapport": "&Show report",
    ", %1 ukendt": ", %1 unknown",
    "Afsluttet i perioden": "Ended in the period",
    "Alle projekter": "All projects",
    "Andele med 95 %-interval (Wilson); forskellen er projekt minus reference med Newcombes "
    "interval. Ukendt status tæller med i nævneren, aldrig som resultat. Referencegruppen får den "
    "sædvanlige indsats; kun resultatdata registreres.": "Proportions with a 95 % interval "
    "(Wilson); the difference is project minus reference with Newcombe's interval. An unknown "
    "status counts in the denominator, never as a result. The reference group gets the usual "
    "service; only outcome data is recorded.",
    "Begge grupper side om side": "Both groups side by side",
    "Beregner …": "Calculating …",
    "CSV-filer (*.csv)": "CSV files (*.csv)",
    "Dage fra behov til afgørelse": "Days from need to decision",
    "Der er ingen forløb i perioden %1–%2 med de valgte afgrænsninger.": "There are no cases "
    "in the period %1–%2 with the chosen filters.",
    "Diagram: projektgruppe mod referencegruppe": "Chart: project group against reference "
    "group",
    "Effektrappor&t …": "Effect repor&t …",
    "Effektrapport": "Effect report",
    "Eksportér &CSV …": "E&xport CSV …",
    "Eksportér CSV": "Export CSV",
    "Fastholdt i job efter 12 måneder": "Still in work after 12 months",
    "Fastholdt i job efter 3 måneder": "Still in work after 3 months",
    "Fastholdt i job efter 6 måneder": "Still in work after 6 months",
    "Forløb i perioden": "Cases in the period",
    "Forskel (95 %-interval)": "Difference (95 % interval)",
    "I job ved afslutning": "In a job at the end",
    "Kun projektgruppen": "Project group only",
    "Kun referencegruppen": "Reference group only",
    "Mål, %1: borgere / i job": "Targets, %1: citizens / in jobs",
    "Nøgletal": "Key figures",
    "Projektgruppe mod referencegruppe": "Project group against reference group",
    "Projekt mod reference": "Project against reference",
    "Projektgruppe": "Project group",
    "Pseudonymiseret fil til den eksterne evaluator: ét forløb pr. linje, uden navn, "
    "CPR-nummer, adresse, telefon, fritekst og helbredsoplysninger.": "A pseudonymised file for "
    "the external evaluator: one case per line, without name, CPR number, address, phone, free "
    "text and health data.",
    "Rapporten er ikke forseglet: organisationen har intet seglcertifikat.": "The report is not "
    "sealed: the organisation has no seal certificate.",
    "Reference": "Reference",
    "Selvforsørgelsesgrad": "Degree of self-support",
    "Selvforsørgende mindst halvdelen af ugerne": "Self-supporting at least half of the weeks",
    "Skriv datoerne som dd.mm.åååå, fx 01.01.2026.": "Write the dates as dd.mm.yyyy, e.g. "
    "01.01.2026.",
    "Spørgeskema: egen vurdering, ændring": "Questionnaire: own assessment, change",
    "Spørgeskema: klarer timerne, ændring": "Questionnaire: manages the hours, change",
    "Spørgeskema: tro på at kunne arbejde, ændring": "Questionnaire: confidence about work, "
    "change",
    "Spørgeskemaer: par / udeladt (halvt udfyldt)": "Questionnaires: pairs / left out (half "
    "filled in)",
    "Startet i perioden": "Started in the period",
    "Timer pr. uge efter %1 mdr.": "Hours per week after %1 months",
    "Vælg både en fra- og en til-dato.": "Choose both a from and a to date.",
    "ingen forløb": "no cases",
    "median %1 dage (%2 afgjort, %3 afventer)": "median %1 days (%2 decided, %3 pending)",
    "– (%1 screenet)": "– (%1 screened)",
    "median %1 dage (%2 af %3 screenede)": "median %1 days (%2 of %3 screened)",
    "Dage fra screening til første virksomhedskontakt":
        "Days from screening to first company contact",
    "Dage fra screening til jobstart": "Days from screening to job start",
    "Periodens slutdato ligger før startdatoen. Ret datoerne, så 'fra' kommer før 'til'.":
    "The period's end date is before its start date. Correct the dates so that 'from' comes "
    "before 'to'.",
    "effekt.csv": "effect.csv",
}
UI.update(EFFECT_REPORT)
