<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
    <context>
        <name />
        <message>
            <source>Fil</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Størrelse</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Tilføjet</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Helbred</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Helbredsoplysninger</source>
            <translation>Health information</translation>
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>AccommodationRow</name>
        <message>
            <source>Hvad betyder det i arbejdet?</source>
            <translation>What does it mean for the work?</translation>
        </message>
        <message>
            <source>Hvornår / hvor ofte</source>
            <translation>When / how often</translation>
        </message>
        <message>
            <source>(ingen ordning)</source>
            <translation>(no scheme)</translation>
        </message>
        <message>
            <source>Skånehensyn %1: kategori</source>
            <translation>Skånehensyn %1: category</translation>
        </message>
        <message>
            <source>Skånehensyn %1: beskrivelse</source>
            <translation>Skånehensyn %1: description</translation>
        </message>
        <message>
            <source>Skånehensyn %1: hvornår</source>
            <translation>Skånehensyn %1: when</translation>
        </message>
        <message>
            <source>Skånehensyn %1: ordning der betaler</source>
            <translation>Skånehensyn %1: scheme that pays</translation>
        </message>
        <message>
            <source>Fjern skånehensyn %1</source>
            <translation>Remove skånehensyn %1</translation>
        </message>
    </context>
    <context>
        <name>ActionList</name>
        <message>
            <source>Tilføj &amp;handling</source>
            <translation>Add &amp;action item</translation>
        </message>
        <message>
            <source>Handling %1: skriv fristen som dd.mm.åååå.</source>
            <translation>Action %1: write the deadline as dd.mm.yyyy.</translation>
        </message>
    </context>
    <context>
        <name>ActionRow</name>
        <message>
            <source>Hvad skal gøres?</source>
            <translation>What needs doing?</translation>
        </message>
        <message>
            <source>Hvad skal gøres</source>
            <translation>What is to be done</translation>
        </message>
        <message>
            <source>Hvem har bolden</source>
            <translation>Who holds the ball</translation>
        </message>
        <message>
            <source>Udført</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Handling %1: hvad</source>
            <translation>Action %1: what</translation>
        </message>
        <message>
            <source>Handling %1: hvem har bolden</source>
            <translation>Action %1: who holds the ball</translation>
        </message>
        <message>
            <source>Handling %1: frist</source>
            <translation>Action %1: deadline</translation>
        </message>
        <message>
            <source>Handling %1: udført</source>
            <translation>Action %1: done</translation>
        </message>
        <message>
            <source>Fjern handling %1</source>
            <translation>Remove action %1</translation>
        </message>
        <message>
            <source>Handling %1: skriv fristen som dd.mm.åååå.</source>
            <translation>Action %1: write the deadline as dd.mm.yyyy.</translation>
        </message>
    </context>
    <context>
        <name>AftercareDialog</name>
        <message>
            <source>Planlæg efterværn</source>
            <translation>Plan efterværn (aftercare)</translation>
        </message>
        <message>
            <source>&amp;Ansættelsen startede:</source>
            <translation>&amp;Employment started:</translation>
        </message>
        <message>
            <source>Der oprettes opfølgninger efter 2 uger og 1, 3, 6 og 12 måneder (eller forløbets egen kadence).</source>
            <translation>Follow-ups are created after 2 weeks and 1, 3, 6 and 12 months (or the case's own cadence).</translation>
        </message>
        <message>
            <source>Startdato</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Skriv en dato.</source>
            <translation>Write a date.</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Tidspunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Møde</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Næste møde (planlagt)</source>
            <translation>Next meeting (planned)</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>%1: navn</source>
            <translation>%1: name</translation>
        </message>
        <message>
            <source>%1: kontaktperson</source>
            <translation>%1: contact person</translation>
        </message>
        <message>
            <source>Ordning og periode</source>
            <translation>Scheme and period</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Timer %1</source>
            <translation>Hours on %1</translation>
        </message>
        <message>
            <source>Beskriv hvad hensynet betyder i arbejdet (funktionelt), ikke en diagnose.</source>
            <translation>Describe what the skånehensyn means for the work (in functional terms), not a diagnosis.</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Hvornår</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Betales af ordning</source>
            <translation>Paid by scheme</translation>
        </message>
        <message>
            <source>Vælg skånehensyn fra kataloget</source>
            <translation>Choose a skånehensyn from the catalogue</translation>
        </message>
        <message>
            <source>Tilføj fra katalog</source>
            <translation>Add from catalogue</translation>
        </message>
        <message>
            <source>Tilføj andet</source>
            <translation>Add other</translation>
        </message>
        <message>
            <source>Opgaver og støtte</source>
            <translation>Tasks and support</translation>
        </message>
        <message>
            <source>Dårlige dage og samtykke</source>
            <translation>Bad days and consent</translation>
        </message>
        <message>
            <source>Borgeren giver samtykke til, at aftalen deles med virksomheden og mentor</source>
            <translation>The citizen consents to the agreement being shared with the company and the mentor</translation>
        </message>
        <message>
            <source>Timer pr. ugedag skal være tal, fx 4 eller 3,5.</source>
            <translation>Hours per weekday must be numbers, e.g. 4 or 3.5.</translation>
        </message>
    </context>
    <context>
        <name>AgreementModel</name>
        <message>
            <source>Forløb</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Gælder</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Timer pr. uge</source>
            <translation>Hours per week</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Trepart</source>
            <translation>Trepart</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <source>Kompenserende ordning</source>
            <translation>Compensation scheme</translation>
        </message>
        <message>
            <source>Skal søges: behovet er konstateret. Søgt: ansøgningen er sendt. Bevilget eller afslået: skriv datoen for afgørelsen.</source>
            <translation>To be applied for: the need is identified. Applied for: the application is sent. Granted or refused: write the date of the decision.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>Bilag: %1</source>
            <translation>Attachment: %1</translation>
        </message>
        <message>
            <source>Billede: %1</source>
            <translation>Image: %1</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Bilag</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Helbredsoplysninger (fx lægeerklæring)</source>
            <translation>Health information (e.g. a medical certificate)</translation>
        </message>
        <message>
            <source>Filer med helbredsoplysninger vises aldrig for mentorer og sendes aldrig til deres computere. Markeringen kan ikke fjernes igen.</source>
            <translation>Files with health information are never shown to mentors and never sent to their computers. The mark cannot be removed again.</translation>
        </message>
        <message>
            <source>Beskrivelse (valgfri)</source>
            <translation>Description (optional)</translation>
        </message>
        <message>
            <source>Beskrivelse af filen</source>
            <translation>Description of the file</translation>
        </message>
        <message>
            <source>Vedhæft fil …</source>
            <translation>Attach file …</translation>
        </message>
        <message>
            <source>PDF, JPEG eller PNG; højst %1 MB</source>
            <translation>PDF, JPEG or PNG; at most %1 MB</translation>
        </message>
        <message>
            <source>Åbn</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Slet</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Problem med filen</source>
            <translation>Problem with the file</translation>
        </message>
        <message>
            <source>Gem mødet for at vedhæfte filer til det.</source>
            <translation>Save the meeting to attach files to it.</translation>
        </message>
        <message>
            <source>Vedhæft fil</source>
            <translation>Attach file</translation>
        </message>
        <message>
            <source>PDF og billeder (%1);;Alle filer (*)</source>
            <translation>PDF and images (%1);;All files (*)</translation>
        </message>
        <message>
            <source>Filen kunne ikke læses (%1).</source>
            <translation>The file could not be read (%1).</translation>
        </message>
        <message>
            <source>Filen «%1» er tom og kan ikke vedhæftes.</source>
            <translation>The file ‘%1’ is empty and cannot be attached.</translation>
        </message>
        <message>
            <source>Filen «%1» fylder %2. Den største fil, der kan vedhæftes, er %3 (kan ændres under Indstillinger).</source>
            <translation>The file ‘%1’ is %2. The largest file that can be attached is %3 (can be changed in Settings).</translation>
        </message>
        <message>
            <source>Filen «%1» er ikke en PDF, JPEG eller PNG (filens indhold er afgørende, ikke dens navn). Kun de typer kan vedhæftes.</source>
            <translation>The file ‘%1’ is not a PDF, JPEG or PNG (the file's content decides, not its name). Only those types can be attached.</translation>
        </message>
        <message>
            <source>Mødet findes ikke i dette forløb.</source>
            <translation>The meeting does not exist in this case.</translation>
        </message>
        <message>
            <source>Filen findes ikke, eller du har ikke adgang til den.</source>
            <translation>The file does not exist, or you do not have access to it.</translation>
        </message>
        <message>
            <source>Filen er ikke hentet helt til denne computer endnu. Synkronisér, og prøv igen.</source>
            <translation>The file has not been fully fetched to this computer yet. Synchronise and try again.</translation>
        </message>
        <message>
            <source>Filen er beskadiget: dens indhold passer ikke med det, der blev vedhæftet.</source>
            <translation>The file is damaged: its content does not match what was attached.</translation>
        </message>
        <message>
            <source>Slet fil</source>
            <translation>Delete file</translation>
        </message>
        <message>
            <source>Slette «%1»? Filen fjernes fra forløbet på alle computere.</source>
            <translation>Delete ‘%1’? The file is removed from the case on every computer.</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Underskrift annulleret af ændring i: %1</source>
            <translation>Signature voided by a change to: %1</translation>
        </message>
        <message>
            <source>Ændret: %1</source>
            <translation>Changed: %1</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Bruger</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Detaljer</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>BenefitReturnStrip</name>
        <message>
            <source>Tilbage på offentlig forsørgelse efter jobstart (%1):</source>
            <translation>Back on public benefits after job start (%1):</translation>
        </message>
        <message>
            <source>Borgere tilbage på offentlig forsørgelse</source>
            <translation>Citizens back on public benefits</translation>
        </message>
    </context>
    <context>
        <name>CaseActionModel</name>
        <message>
            <source>Hvad</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Hvem har bolden</source>
            <translation>Who holds the ball</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Udført</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nej</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>CaseEditorDialog</name>
        <message>
            <source>Nyt forløb</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>Rediger forløb</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Forløbet oprettes for en eksisterende borger; ændringer her gemmes på borgeren.</source>
            <translation>The case is created for an existing citizen; changes here are saved on the citizen.</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Projekt, jobstart og støttetimer</source>
            <translation>Project, job start and support hours</translation>
        </message>
        <message>
            <source>Drøm: %1</source>
            <translation>Dream: %1</translation>
        </message>
        <message>
            <source>Borgerens egen liste: %1</source>
            <translation>The citizen's own list: %1</translation>
        </message>
    </context>
    <context>
        <name>CaseFollowUpModel</name>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Betegnelse</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Registreret ved møde</source>
            <translation>Recorded at a meeting</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nej</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Ordning</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
    </context>
    <context>
        <name>CaseMeetingModel</name>
        <message>
            <source>Tidspunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Møde</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Virker skånehensynene?</source>
            <translation>Skånehensyn working?</translation>
        </message>
        <message>
            <source>Åbne handlinger</source>
            <translation>Open actions</translation>
        </message>
        <message>
            <source>Næste møde</source>
            <translation>Next meeting</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Ordning</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Konsulent</source>
            <translation>Consultant</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Slut</source>
            <translation>End</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>← Tilb&amp;age</source>
            <translation>← B&amp;ack</translation>
        </message>
        <message>
            <source>Tilbage (Alt+Venstre)</source>
            <translation>Back (Alt+Left)</translation>
        </message>
        <message>
            <source>Henter forløb …</source>
            <translation>Loading case …</translation>
        </message>
        <message>
            <source>&amp;Rediger forløb …</source>
            <translation>E&amp;dit case …</translation>
        </message>
        <message>
            <source>Rediger forløb og borger (Ctrl+E)</source>
            <translation>Edit case and citizen (Ctrl+E)</translation>
        </message>
        <message>
            <source>Nyt &amp;møde</source>
            <translation>New &amp;meeting</translation>
        </message>
        <message>
            <source>Registrér et nyt møde (Ctrl+M)</source>
            <translation>Record a new meeting (Ctrl+M)</translation>
        </message>
        <message>
            <source>Møder</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Efterværn og opfølgninger</source>
            <translation>Efterværn (aftercare) and follow-ups</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Efter ansættelse følges der op med faste mellemrum (2 uger, 1, 3, 6 og 12 måneder), så borgeren ikke vender tilbage til ledighed.</source>
            <translation>After employment starts, follow-ups run at fixed intervals (2 weeks, 1, 3, 6 and 12 months) so that the citizen does not return to unemployment.</translation>
        </message>
        <message>
            <source>Planlæg efter&amp;værn …</source>
            <translation>Pla&amp;n aftercare …</translation>
        </message>
        <message>
            <source>N&amp;yt opfølgningsmøde</source>
            <translation>New &amp;follow-up meeting</translation>
        </message>
        <message>
            <source>&amp;Overblik</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>Mø&amp;der</source>
            <translation>Meet&amp;ings</translation>
        </message>
        <message>
            <source>&amp;Skånehensyn</source>
            <translation>&amp;Skånehensyn</translation>
        </message>
        <message>
            <source>Tre&amp;partsplan</source>
            <translation>Tre&amp;partsplan</translation>
        </message>
        <message>
            <source>&amp;Efterværn</source>
            <translation>&amp;Efterværn</translation>
        </message>
        <message>
            <source>Fastholdelse i &amp;job</source>
            <translation>&amp;Retention</translation>
        </message>
        <message>
            <source>St&amp;øtte og overdragelse</source>
            <translation>Support &amp;budget and transfers</translation>
        </message>
        <message>
            <source>Ordni&amp;nger</source>
            <translation>Fast trac&amp;k</translation>
        </message>
        <message>
            <source>Egen l&amp;iste</source>
            <translation>O&amp;wn list</translation>
        </message>
        <message>
            <source>Spørges&amp;kemaer</source>
            <translation>Surve&amp;ys</translation>
        </message>
        <message>
            <source>&amp;Bilag</source>
            <translation>Enclos&amp;ures</translation>
        </message>
        <message>
            <source>&amp;Log</source>
            <translation>&amp;Log</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Næste møde</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <source>Screenet %1 · %2 er personlig jobformidler</source>
            <translation>Screened %1 · %2 is the personal job broker</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>CPR-nummer, adresse, målgruppe og helbredsnoter vises kun for jobcentret.</source>
            <translation>CPR number, address, target group and health notes are shown to the job centre only.</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Ingen virksomhed knyttet til forløbet.</source>
            <translation>No company linked to the case.</translation>
        </message>
        <message>
            <source>Deltagere</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Åbne handlinger</source>
            <translation>Open actions</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>Søg i navn, virksomhed, noter … (Ctrl+F)</source>
            <translation>Search names, company, notes … (Ctrl+F)</translation>
        </message>
        <message>
            <source>Søg i forløb</source>
            <translation>Search cases</translation>
        </message>
        <message>
            <source>&amp;Søg:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Alle statusser</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <source>Alle ordninger</source>
            <translation>All schemes</translation>
        </message>
        <message>
            <source>Ordning</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>&amp;Ordning:</source>
            <translation>Sch&amp;eme:</translation>
        </message>
        <message>
            <source>Alle konsulenter</source>
            <translation>All consultants</translation>
        </message>
        <message>
            <source>Konsulent</source>
            <translation>Consultant</translation>
        </message>
        <message>
            <source>&amp;Konsulent:</source>
            <translation>C&amp;onsultant:</translation>
        </message>
        <message>
            <source>&amp;Nyt forløb …</source>
            <translation>&amp;New case …</translation>
        </message>
        <message>
            <source>Opret et nyt forløb (Ctrl+N)</source>
            <translation>Create a new case (Ctrl+N)</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Antal forløb</source>
            <translation>Number of cases</translation>
        </message>
        <message numerus="yes">
            <source>%n forløb</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message>
            <source>Viser %1 af %2 forløb</source>
            <translation>Showing %1 of %2 cases</translation>
        </message>
        <message>
            <source>– forløbene hentes stadig fra serveren; søgningen finder foreløbig kun navne på dem, der er hentet</source>
            <translation>– cases are still being received from the server; for now, search finds only the names of those that have arrived</translation>
        </message>
        <message>
            <source>Forbereder søgning … (%1 af %2 forløb)</source>
            <translation>Preparing search … (%1 of %2 cases)</translation>
        </message>
        <message>
            <source>(søger foreløbig kun i navne; noter kommer med om et øjeblik)</source>
            <translation>(searching names only for now; notes join in a moment)</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Skift adgangskode</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Nuværende adgangskode</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>Ny adgangskode</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Gentag ny adgangskode</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <source>&amp;Nuværende:</source>
            <translation>C&amp;urrent:</translation>
        </message>
        <message>
            <source>N&amp;y:</source>
            <translation>N&amp;ew:</translation>
        </message>
        <message>
            <source>&amp;Gentag ny:</source>
            <translation>&amp;Repeat new:</translation>
        </message>
        <message>
            <source>Styrke: %1</source>
            <translation>Strength: %1</translation>
        </message>
        <message>
            <source>De to nye adgangskoder er ikke ens.</source>
            <translation>The two new passwords are not the same.</translation>
        </message>
        <message>
            <source>Vælg en stærkere adgangskode.</source>
            <translation>Choose a stronger password.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Ordning</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ikke vurderet</source>
            <translation>Not considered</translation>
        </message>
        <message>
            <source>Behov</source>
            <translation>Need</translation>
        </message>
        <message>
            <source>Søgt</source>
            <translation>Applied</translation>
        </message>
        <message>
            <source>Afgjort</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Dage til afgørelse</source>
            <translation>Days to decision</translation>
        </message>
        <message>
            <source>Venter (dage)</source>
            <translation>Waiting (days)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>CitizenDialog</name>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Borgerens forløb</source>
            <translation>The citizen's cases</translation>
        </message>
        <message>
            <source>Nyt &amp;forløb for borgeren …</source>
            <translation>New case for the ci&amp;tizen …</translation>
        </message>
        <message>
            <source>Sa&amp;mtykker …</source>
            <translation>C&amp;onsents …</translation>
        </message>
        <message>
            <source>A&amp;dgangslog …</source>
            <translation>Access lo&amp;g …</translation>
        </message>
        <message>
            <source>Find &amp;job og behov …</source>
            <translation>Find &amp;jobs and needs …</translation>
        </message>
        <message>
            <source>Virksomhedernes åbne behov rangeret for borgeren</source>
            <translation>The companies' open needs ranked for the citizen</translation>
        </message>
        <message>
            <source>Ny &amp;screening …</source>
            <translation>New &amp;screening …</translation>
        </message>
        <message>
            <source>Borgerens screeninger</source>
            <translation>The citizen's screenings</translation>
        </message>
        <message>
            <source>Forløb:</source>
            <translation>Cases:</translation>
        </message>
        <message>
            <source>Adgangslog</source>
            <translation>Access log</translation>
        </message>
        <message>
            <source>Borgerens adgangslog</source>
            <translation>The citizen's access log</translation>
        </message>
    </context>
    <context>
        <name>CitizenModel</name>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>CPR-nummer</source>
            <translation>CPR number</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Åbne forløb</source>
            <translation>Open cases</translation>
        </message>
    </context>
    <context>
        <name>CitizensPage</name>
        <message>
            <source>Borgere</source>
            <translation>Citizens</translation>
        </message>
    </context>
    <context>
        <name>CompaniesDueStrip</name>
        <message>
            <source>Virksomheder til kontakt (%1):</source>
            <translation>Companies due for contact (%1):</translation>
        </message>
        <message>
            <source>Virksomheder til kontakt</source>
            <translation>Companies due for contact</translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <source>Virksomheder</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Ny &amp;virksomhed …</source>
            <translation>New c&amp;ompany …</translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <source>Ny virksomhed</source>
            <translation>New company</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Pro&amp;fil</source>
            <translation>Pro&amp;file</translation>
        </message>
        <message>
            <source>Forl&amp;øb</source>
            <translation>Ca&amp;ses</translation>
        </message>
        <message>
            <source>Virksomhedens forløb</source>
            <translation>The company's cases</translation>
        </message>
    </context>
    <context>
        <name>CompanyModel</name>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>CVR</source>
            <translation>CVR</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Åbne forløb</source>
            <translation>Open cases</translation>
        </message>
    </context>
    <context>
        <name>CompanySide</name>
        <message>
            <source>Virksomhedens behov</source>
            <translation>The company's needs</translation>
        </message>
        <message>
            <source>Nyt &amp;behov …</source>
            <translation>New &amp;need …</translation>
        </message>
        <message>
            <source>&amp;Match borgere …</source>
            <translation>&amp;Match citizens …</translation>
        </message>
        <message>
            <source>Teamets borgere rangeret for det valgte behov</source>
            <translation>The team's citizens ranked for the selected need</translation>
        </message>
        <message>
            <source>Kontakthistorik</source>
            <translation>Contact history</translation>
        </message>
        <message>
            <source>Ny &amp;kontakt …</source>
            <translation>New &amp;contact …</translation>
        </message>
        <message>
            <source>Aftaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Beho&amp;v</source>
            <translation>Nee&amp;ds</translation>
        </message>
        <message>
            <source>Kontakt&amp;historik</source>
            <translation>Contact &amp;history</translation>
        </message>
        <message>
            <source>Aftale&amp;r</source>
            <translation>Ag&amp;reements</translation>
        </message>
        <message>
            <source>Løntilskud: %1 forløb nu. Angiv antal ansatte på profilen for at se rimelighedskravet.</source>
            <translation>Wage subsidy: %1 cases now. Enter the number of employees on the profile to see the staff ratio.</translation>
        </message>
        <message>
            <source>Løntilskud: %1 forløb nu af højst %2 (rimelighedskravet).</source>
            <translation>Wage subsidy: %1 cases now of at most %2 (the staff ratio).</translation>
        </message>
        <message>
            <source>Næste kontakt: %1 · åbne handlinger: %2</source>
            <translation>Next contact: %1 · open action items: %2</translation>
        </message>
        <message>
            <source>ikke aftalt</source>
            <translation>not agreed</translation>
        </message>
        <message>
            <source>Borgere til «%1» hos %2</source>
            <translation>Citizens for “%1” at %2</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Løs konflikt</source>
            <translation>Resolve conflict</translation>
        </message>
        <message>
            <source> i forløbet «%1»</source>
            <translation> in the case ‘%1’</translation>
        </message>
        <message>
            <source>To har ændret teksten samtidig fra det samme udgangspunkt. Vælg den udgave, der skal gælde, eller ret den samlede tekst nederst til. Den gemte tekst sendes til de andre ved næste synkronisering.</source>
            <translation>Two people changed the text at the same time from the same starting point. Choose the version that will apply, or edit the combined text at the bottom. The saved text is sent to the others at the next synchronisation.</translation>
        </message>
        <message>
            <source>Gældende tekst</source>
            <translation>Current text</translation>
        </message>
        <message>
            <source>Den anden tekst</source>
            <translation>The other text</translation>
        </message>
        <message>
            <source>Fælles udgangspunkt</source>
            <translation>Common starting point</translation>
        </message>
        <message>
            <source>Brug &amp;denne</source>
            <translation>&amp;Use this</translation>
        </message>
        <message>
            <source>Brug de&amp;nne</source>
            <translation>U&amp;se this</translation>
        </message>
        <message>
            <source>Behold &amp;begge</source>
            <translation>Keep &amp;both</translation>
        </message>
        <message>
            <source>&lt;b&gt;Gældende tekst&lt;/b&gt; (står i feltet nu)</source>
            <translation>&lt;b&gt;Current text&lt;/b&gt; (in the field now)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Den anden tekst&lt;/b&gt;</source>
            <translation>&lt;b&gt;The other text&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Teksten der skal gælde</source>
            <translation>The text that will apply</translation>
        </message>
        <message>
            <source>&amp;Løs konflikt</source>
            <translation>&amp;Resolve conflict</translation>
        </message>
        <message>
            <source>Fælles udgangspunkt:</source>
            <translation>Common starting point:</translation>
        </message>
        <message>
            <source>&amp;Teksten der skal gælde:</source>
            <translation>&amp;Text that will apply:</translation>
        </message>
        <message>
            <source>Teksten er tom. Vælg en af udgaverne, eller skriv den tekst, der skal gælde.</source>
            <translation>The text is empty. Choose one of the versions, or write the text that will apply.</translation>
        </message>
    </context>
    <context>
        <name>ConsentBox</name>
        <message>
            <source>Ja, borgeren giver samtykke til, at svarene registreres</source>
            <translation>Yes, the citizen consents to the answers being recorded</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Samtykker: %1</source>
            <translation>Consents: %1</translation>
        </message>
        <message>
            <source>Samtykker</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Samtykke til</source>
            <translation>Consent to</translation>
        </message>
        <message>
            <source>Hvordan er samtykket givet</source>
            <translation>How the consent was given</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Til (tom: indtil det kaldes tilbage)</source>
            <translation>To (empty: until withdrawn)</translation>
        </message>
        <message>
            <source>Valgfrit: hvad der præcis må deles</source>
            <translation>Optional: exactly what may be shared</translation>
        </message>
        <message>
            <source>Hvad må deles</source>
            <translation>What may be shared</translation>
        </message>
        <message>
            <source>Samtykke &amp;til:</source>
            <translation>Consent &amp;for:</translation>
        </message>
        <message>
            <source>&amp;Givet:</source>
            <translation>&amp;Given:</translation>
        </message>
        <message>
            <source>&amp;Fra:</source>
            <translation>F&amp;rom:</translation>
        </message>
        <message>
            <source>T&amp;il:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Hvad må deles:</source>
            <translation>&amp;What may be shared:</translation>
        </message>
        <message>
            <source>&amp;Registrer samtykke</source>
            <translation>Re&amp;cord consent</translation>
        </message>
        <message>
            <source>Nyt samtykke</source>
            <translation>New consent</translation>
        </message>
        <message>
            <source>Til&amp;bagekald det valgte …</source>
            <translation>With&amp;draw the selected …</translation>
        </message>
        <message>
            <source>Et tilbagekaldt samtykke bliver stående i historikken. Det nyeste samtykke af hver slags gælder. Tilbagekaldes deling med mentor, får mentor ikke længere aftalen, og mentors computer sletter den ved næste synkronisering.</source>
            <translation>A withdrawn consent stays in the history. The newest consent of each kind applies. When sharing with the mentor is withdrawn, the mentor no longer receives the agreement, and the mentor's computer deletes it at the next sync.</translation>
        </message>
        <message>
            <source>Skriv datoen som dd.mm.åååå.</source>
            <translation>Write the date as dd.mm.yyyy.</translation>
        </message>
        <message>
            <source>Skriv, fra hvilken dato samtykket gælder.</source>
            <translation>Write the date from which the consent applies.</translation>
        </message>
        <message>
            <source>Tilbagekald samtykke</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>Tilbagekald samtykket «%1» fra i dag?</source>
            <translation>Withdraw the consent «%1» from today?</translation>
        </message>
    </context>
    <context>
        <name>ConsentModel</name>
        <message>
            <source>Tilbagekaldt %1</source>
            <translation>Withdrawn %1</translation>
        </message>
        <message>
            <source>Tilbagekaldt</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>I kraft</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>Ikke i kraft (dato)</source>
            <translation>Not in force (dates)</translation>
        </message>
        <message>
            <source> (afløst)</source>
            <translation> (superseded)</translation>
        </message>
        <message>
            <source>Samtykke til</source>
            <translation>Consent to</translation>
        </message>
        <message>
            <source>Givet</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Med hvem</source>
            <translation>With whom</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Ny kontakt</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Contact</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <source>Tilføj &amp;kontaktperson</source>
            <translation>Add &amp;contact person</translation>
        </message>
    </context>
    <context>
        <name>ContactModel</name>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Hvem</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Formål</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Åbne handlinger</source>
            <translation>Open actions</translation>
        </message>
        <message>
            <source>Næste kontakt</source>
            <translation>Next contact</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Kontaktperson %1: %2</source>
            <translation>Contact person %1: %2</translation>
        </message>
        <message>
            <source>Fjern kontaktperson %1</source>
            <translation>Remove contact person %1</translation>
        </message>
    </context>
    <context>
        <name>CopyBox</name>
        <message>
            <source>Ja, borgeren vil have listen med på sin kopi af aftalen</source>
            <translation>Yes, the citizen wants the list on their copy of the agreement</translation>
        </message>
    </context>
    <context>
        <name>CopyChooser</name>
        <message>
            <source>Forhåndsvis / udskriv</source>
            <translation>Preview / print</translation>
        </message>
        <message>
            <source>Hvem skal have eksemplaret?</source>
            <translation>Who gets this copy?</translation>
        </message>
        <message>
            <source>Jeg udskriver jobcentrets eksemplar med CPR-nummer</source>
            <translation>I am printing the job centre's copy with the CPR number</translation>
        </message>
        <message>
            <source>Jobcentrets eksemplar er til sagen og viser borgerens CPR-nummer. Giv det aldrig til virksomheden eller mentoren.</source>
            <translation>The job centre's copy is for the case file and shows the citizen's CPR number. Never give it to the company or the mentor.</translation>
        </message>
        <message>
            <source>Vis eksemplaret</source>
            <translation>Show the copy</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Virksomhedens eksemplar (uden CPR-nummer)</source>
            <translation>The company's copy (without CPR number)</translation>
        </message>
        <message>
            <source>Borgerens eksemplar (uden CPR-nummer)</source>
            <translation>The citizen's copy (without CPR number)</translation>
        </message>
        <message>
            <source>Jobcentrets eksemplar (med CPR-nummer, til sagen)</source>
            <translation>The job centre's copy (with CPR number, for the case file)</translation>
        </message>
        <message>
            <source>Mentorens eksemplar (kun det, en mentor må se)</source>
            <translation>The mentor's copy (only what a mentor may see)</translation>
        </message>
        <message>
            <source>Virksomhedens eksemplar</source>
            <translation>The company's copy</translation>
        </message>
        <message>
            <source>Borgerens eksemplar</source>
            <translation>The citizen's copy</translation>
        </message>
        <message>
            <source>Jobcentrets eksemplar</source>
            <translation>The job centre's copy</translation>
        </message>
        <message>
            <source>Mentorens eksemplar</source>
            <translation>The mentor's copy</translation>
        </message>
        <message>
            <source>Referat</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Gem mødet først; derefter kan referatet udskrives.</source>
            <translation>Save the meeting first; then the minutes can be printed.</translation>
        </message>
        <message>
            <source>Viser det gemte referat; ændringer, der ikke er gemt, er ikke med.</source>
            <translation>Showing the saved minutes; unsaved changes are not included.</translation>
        </message>
        <message>
            <source>Referat: %1</source>
            <translation>Minutes: %1</translation>
        </message>
    </context>
    <context>
        <name>CopyPrintFlow</name>
        <message>
            <source>Kladde: ikke underskrevet af alle parter. Udskriften er mærket KLADDE og har ingen kontrolkode.</source>
            <translation>Draft: not signed by all parties. The printout is marked KLADDE (draft) and has no verification code.</translation>
        </message>
        <message>
            <source>Ikke forseglet endnu (%1). Viser en uforseglet udgave.</source>
            <translation>Not sealed yet (%1). Showing an unsealed version.</translation>
        </message>
    </context>
    <context>
        <name>CountEdit</name>
        <message>
            <source>Antal ansatte: skriv et helt tal, fx 12.</source>
            <translation>Number of employees: write a whole number, e.g. 12.</translation>
        </message>
    </context>
    <context>
        <name>CreatingPage</name>
        <message>
            <source>Gendannelsesoplysninger</source>
            <translation>Recovery information</translation>
        </message>
        <message>
            <source>Vises kun denne ene gang. Skriv dem ned, eller gem dem et sikkert sted, og giv dem til IT, hvis du glemmer adgangskoden.</source>
            <translation>Shown this one time only. Write it down or keep it somewhere safe, and give it to IT if you forget your password.</translation>
        </message>
        <message>
            <source>Opretter</source>
            <translation>Creating</translation>
        </message>
        <message>
            <source>&amp;Kopiér</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Jeg har &amp;noteret oplysningerne</source>
            <translation>I have &amp;noted the information</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.yyyy</translation>
        </message>
        <message>
            <source>Vælg dato i kalender (Alt+Pil ned)</source>
            <translation>Pick a date in the calendar (Alt+Down)</translation>
        </message>
        <message>
            <source>Vælg dato i kalender</source>
            <translation>Pick a date in the calendar</translation>
        </message>
        <message>
            <source>%1: skriv en gyldig dato som dd.mm.åååå.</source>
            <translation>%1: write a valid date as dd.mm.yyyy.</translation>
        </message>
    </context>
    <context>
        <name>DateTimeEdit</name>
        <message>
            <source>%1, dato</source>
            <translation>%1, date</translation>
        </message>
        <message>
            <source>%1, klokkeslæt</source>
            <translation>%1, time</translation>
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <source>aftalen</source>
            <translation>the agreement</translation>
        </message>
        <message>
            <source>Aftale om skånehensyn</source>
            <translation>Skånehensyn agreement</translation>
        </message>
        <message>
            <source>Der er ingen aftale om skånehensyn endnu.</source>
            <translation>There is no skånehensyn agreement yet.</translation>
        </message>
        <message>
            <source>Opret aftale</source>
            <translation>Create agreement</translation>
        </message>
        <message>
            <source>Ændr aftale</source>
            <translation>Change agreement</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Gem kladde</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>Gem kladden (Ctrl+S)</source>
            <translation>Save the draft (Ctrl+S)</translation>
        </message>
        <message>
            <source>Lav en ny version, der erstatter denne, når den er underskrevet</source>
            <translation>Make a new version that replaces this one once it is signed</translation>
        </message>
        <message>
            <source>Forhåndsvis / udskriv …</source>
            <translation>Preview / print …</translation>
        </message>
        <message>
            <source>Vis gældende version</source>
            <translation>Show the current version</translation>
        </message>
        <message>
            <source>Underskrifter</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Underskriv …</source>
            <translation>Sign …</translation>
        </message>
        <message>
            <source>%1 underskriver</source>
            <translation>%1 signs</translation>
        </message>
        <message>
            <source>Versioner</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Status / underskrift</source>
            <translation>Status / signature</translation>
        </message>
        <message>
            <source>Versioner og underskrifter</source>
            <translation>Versions and signatures</translation>
        </message>
        <message>
            <source>Dobbeltklik på en version for at læse den.</source>
            <translation>Double-click a version to read it.</translation>
        </message>
        <message>
            <source>%1 · version %2</source>
            <translation>%1 · version %2</translation>
        </message>
        <message>
            <source>Ny kladde – ikke gemt endnu</source>
            <translation>New draft – not saved yet</translation>
        </message>
        <message>
            <source>Version %1 er underskrevet af alle tre parter og er låst.</source>
            <translation>Version %1 is signed by all three parties and is locked.</translation>
        </message>
        <message>
            <source>Version %1 er underskrevet af alle tre parter og er låst. Brug '%2' for at lave en ny version.</source>
            <translation>Version %1 is signed by all three parties and is locked. Use '%2' to make a new version.</translation>
        </message>
        <message>
            <source>Version %1 er erstattet af en nyere version. Kun til læsning.</source>
            <translation>Version %1 has been replaced by a newer version. Read only.</translation>
        </message>
        <message>
            <source>Kun til læsning.</source>
            <translation>Read only.</translation>
        </message>
        <message>
            <source>%1: %2, %3 (%4)</source>
            <translation>%1: %2, %3 (%4)</translation>
        </message>
        <message>
            <source>%1: mangler underskrift</source>
            <translation>%1: signature missing</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>%1: %2 · underskrevet %3</source>
            <translation>%1: %2 · signed %3</translation>
        </message>
        <message>
            <source> · annulleret %1 af %2 (ændret: %3)</source>
            <translation> · voided %1 by %2 (changed: %3)</translation>
        </message>
        <message>
            <source>Annulleret</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Ændring kræver ny underskrift</source>
            <translation>The change needs a new signature</translation>
        </message>
        <message>
            <source>Underskriften bliver ugyldig, når ændringen gemmes. Den gemmes i historikken som annulleret, og parten skal underskrive igen.</source>
            <translation>The signature becomes void when the change is saved. It is kept in the history as voided, and the party must sign again.</translation>
        </message>
        <message>
            <source>Ret alligevel</source>
            <translation>Edit anyway</translation>
        </message>
        <message>
            <source>Fortryd</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Ikke gemt</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Vil du gemme ændringerne i %1?</source>
            <translation>Do you want to save the changes to %1?</translation>
        </message>
        <message>
            <source>Gendannet fra kladde – husk at gemme</source>
            <translation>Restored from a draft – remember to save</translation>
        </message>
        <message>
            <source>%1 kan ikke underskrives endnu:</source>
            <translation>%1 cannot be signed yet:</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Virksomhedens kontaktperson</source>
            <translation>The company's contact person</translation>
        </message>
        <message>
            <source>Virksomhedskonsulent</source>
            <translation>Job consultant</translation>
        </message>
        <message>
            <source>Alle tre parter har underskrevet. Versionen er låst.</source>
            <translation>All three parties have signed. The version is locked.</translation>
        </message>
        <message>
            <source>%1 har underskrevet.</source>
            <translation>%1 has signed.</translation>
        </message>
        <message>
            <source>PDF'en kunne ikke forsegles: %1</source>
            <translation>The PDF could not be sealed: %1</translation>
        </message>
        <message>
            <source>Der laves en ny version som kladde. Den underskrevne version gælder, indtil den nye er underskrevet af alle tre parter. Vil du lave en ny version?</source>
            <translation>A new version is made as a draft. The signed version applies until all three parties have signed the new one. Do you want to make a new version?</translation>
        </message>
        <message>
            <source>&amp;Ny version</source>
            <translation>&amp;New version</translation>
        </message>
        <message>
            <source>&amp;Annullér</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>%1, version %2</source>
            <translation>%1, version %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreviewDialog</name>
        <message>
            <source>Eksemplar</source>
            <translation>Copy</translation>
        </message>
    </context>
    <context>
        <name>DraftModel</name>
        <message>
            <source>Gemt</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Kladder</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>Der er ingen kladder at gendanne.</source>
            <translation>There are no drafts to restore.</translation>
        </message>
    </context>
    <context>
        <name>DraftRestoreDialog</name>
        <message>
            <source>Gendan kladder</source>
            <translation>Restore drafts</translation>
        </message>
        <message>
            <source>Kladder</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>&amp;Gendan</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>&amp;Kassér</source>
            <translation>D&amp;iscard</translation>
        </message>
        <message>
            <source>&amp;Senere</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>Der er formularer, der ikke blev gemt</source>
            <translation>Some forms were not saved</translation>
        </message>
        <message>
            <source>Trepart blev lukket, mens disse formularer var åbne. Det indtastede er gemt krypteret som kladder. Vælg en kladde og gendan den, eller kassér den.</source>
            <translation>Trepart was closed while these forms were open. What was typed is kept encrypted as drafts. Choose a draft and restore it, or discard it.</translation>
        </message>
    </context>
    <context>
        <name>DueActionModel</name>
        <message>
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Hvem har bolden</source>
            <translation>Who holds the ball</translation>
        </message>
        <message>
            <source>Hvad</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>%n dag(e) over frist</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Frist i dag</source>
            <translation>Due today</translation>
        </message>
        <message numerus="yes">
            <source>Om %n dag(e)</source>
            <translation>
                <numerusform>In %n day</numerusform>
                <numerusform>In %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EffectReportDialog</name>
        <message>
            <source>Effektrapport</source>
            <translation>Effect report</translation>
        </message>
        <message>
            <source>Alle projekter</source>
            <translation>All projects</translation>
        </message>
        <message>
            <source>Begge grupper side om side</source>
            <translation>Both groups side by side</translation>
        </message>
        <message>
            <source>Kun projektgruppen</source>
            <translation>Project group only</translation>
        </message>
        <message>
            <source>Kun referencegruppen</source>
            <translation>Reference group only</translation>
        </message>
        <message>
            <source>&amp;Fra:</source>
            <translation>F&amp;rom:</translation>
        </message>
        <message>
            <source>&amp;Til:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Projekt:</source>
            <translation>&amp;Project:</translation>
        </message>
        <message>
            <source>&amp;Gruppe:</source>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <source>&amp;Vis rapport</source>
            <translation>&amp;Show report</translation>
        </message>
        <message>
            <source>Projektgruppe mod referencegruppe</source>
            <translation>Project group against reference group</translation>
        </message>
        <message>
            <source>Nøgletal</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Andele med 95 %-interval (Wilson); forskellen er projekt minus reference med Newcombes interval. Ukendt status tæller med i nævneren, aldrig som resultat. Referencegruppen får den sædvanlige indsats; kun resultatdata registreres.</source>
            <translation>Proportions with a 95 % interval (Wilson); the difference is project minus reference with Newcombe's interval. An unknown status counts in the denominator, never as a result. The reference group gets the usual service; only outcome data is recorded.</translation>
        </message>
        <message>
            <source>Projekt mod reference</source>
            <translation>Project against reference</translation>
        </message>
        <message>
            <source>&amp;Udskriv / PDF …</source>
            <translation>Print / P&amp;DF …</translation>
        </message>
        <message>
            <source>Eksportér &amp;CSV …</source>
            <translation>E&amp;xport CSV …</translation>
        </message>
        <message>
            <source>Pseudonymiseret fil til den eksterne evaluator: ét forløb pr. linje, uden navn, CPR-nummer, adresse, telefon, fritekst og helbredsoplysninger.</source>
            <translation>A pseudonymised file for the external evaluator: one case per line, without name, CPR number, address, phone, free text and health data.</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>Skriv datoerne som dd.mm.åååå, fx 01.01.2026.</source>
            <translation>Write the dates as dd.mm.yyyy, e.g. 01.01.2026.</translation>
        </message>
        <message>
            <source>Vælg både en fra- og en til-dato.</source>
            <translation>Choose both a from and a to date.</translation>
        </message>
        <message>
            <source>Periodens slutdato ligger før startdatoen. Ret datoerne, så 'fra' kommer før 'til'.</source>
            <translation>The period's end date is before its start date. Correct the dates so that 'from' comes before 'to'.</translation>
        </message>
        <message>
            <source>Beregner …</source>
            <translation>Calculating …</translation>
        </message>
        <message>
            <source>Der er ingen forløb i perioden %1–%2 med de valgte afgrænsninger.</source>
            <translation>There are no cases in the period %1–%2 with the chosen filters.</translation>
        </message>
        <message>
            <source>I job ved afslutning</source>
            <translation>In a job at the end</translation>
        </message>
        <message>
            <source>Fastholdt i job efter 3 måneder</source>
            <translation>Still in work after 3 months</translation>
        </message>
        <message>
            <source>Fastholdt i job efter 6 måneder</source>
            <translation>Still in work after 6 months</translation>
        </message>
        <message>
            <source>Fastholdt i job efter 12 måneder</source>
            <translation>Still in work after 12 months</translation>
        </message>
        <message>
            <source>Selvforsørgende mindst halvdelen af ugerne</source>
            <translation>Self-supporting at least half of the weeks</translation>
        </message>
        <message>
            <source>ingen forløb</source>
            <translation>no cases</translation>
        </message>
        <message>
            <source>%1 (%2 af %3)
95 %: %4–%5</source>
            <translation>%1 (%2 of %3)
95 %: %4–%5</translation>
        </message>
        <message>
            <source>, %1 ukendt</source>
            <translation>, %1 unknown</translation>
        </message>
        <message>
            <source>%1
95 %: %2 til %3</source>
            <translation>%1
95 %: %2 to %3</translation>
        </message>
        <message>
            <source>%1 af %2 uger (%3 ukendte)</source>
            <translation>%1 of %2 weeks (%3 unknown)</translation>
        </message>
        <message>
            <source>%1 afventer</source>
            <translation>%1 pending</translation>
        </message>
        <message>
            <source>median %1 dage (%2 afgjort, %3 afventer)</source>
            <translation>median %1 days (%2 decided, %3 pending)</translation>
        </message>
        <message>
            <source>Forløb i perioden</source>
            <translation>Cases in the period</translation>
        </message>
        <message>
            <source>Startet i perioden</source>
            <translation>Started in the period</translation>
        </message>
        <message>
            <source>Afsluttet i perioden</source>
            <translation>Ended in the period</translation>
        </message>
        <message>
            <source>Selvforsørgelsesgrad</source>
            <translation>Degree of self-support</translation>
        </message>
        <message>
            <source>%1 t (%2)</source>
            <translation>%1 h (%2)</translation>
        </message>
        <message>
            <source>Timer pr. uge efter %1 mdr.</source>
            <translation>Hours per week after %1 months</translation>
        </message>
        <message>
            <source>Spørgeskema: tro på at kunne arbejde, ændring</source>
            <translation>Questionnaire: confidence about work, change</translation>
        </message>
        <message>
            <source>Spørgeskema: klarer timerne, ændring</source>
            <translation>Questionnaire: manages the hours, change</translation>
        </message>
        <message>
            <source>Spørgeskema: egen vurdering, ændring</source>
            <translation>Questionnaire: own assessment, change</translation>
        </message>
        <message>
            <source>Spørgeskemaer: par / udeladt (halvt udfyldt)</source>
            <translation>Questionnaires: pairs / left out (half filled in)</translation>
        </message>
        <message>
            <source>Dage fra behov til afgørelse</source>
            <translation>Days from need to decision</translation>
        </message>
        <message>
            <source>– (%1 screenet)</source>
            <translation>– (%1 screened)</translation>
        </message>
        <message>
            <source>median %1 dage (%2 af %3 screenede)</source>
            <translation>median %1 days (%2 of %3 screened)</translation>
        </message>
        <message>
            <source>Dage fra screening til første virksomhedskontakt</source>
            <translation>Days from screening to first company contact</translation>
        </message>
        <message>
            <source>Dage fra screening til jobstart</source>
            <translation>Days from screening to job start</translation>
        </message>
        <message>
            <source>Mål, %1: borgere / i job</source>
            <translation>Targets, %1: citizens / in jobs</translation>
        </message>
        <message>
            <source>Rapporten er ikke forseglet: organisationen har intet seglcertifikat.</source>
            <translation>The report is not sealed: the organisation has no seal certificate.</translation>
        </message>
        <message>
            <source>Jobcentrets eksemplar</source>
            <translation>The job centre's copy</translation>
        </message>
        <message>
            <source>Eksportér CSV</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <source>effekt.csv</source>
            <translation>effect.csv</translation>
        </message>
        <message>
            <source>CSV-filer (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>%1 forløb skrevet pseudonymiseret til %2.</source>
            <translation>%1 cases written pseudonymised to %2.</translation>
        </message>
    </context>
    <context>
        <name>FastTrackPanel</name>
        <message>
            <source>Hurtigt spor for de handicapkompenserende ordninger: hver ordning med status og datoer. Rødt: venter længere end %1 dage (Indstillinger).</source>
            <translation>Fast track for the disability compensation schemes: each scheme with its status and dates. Red: waiting longer than %1 days (Settings).</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et hurtigt spor.</source>
            <translation>The case is in the reference group: only outcome data is recorded, no fast track.</translation>
        </message>
        <message>
            <source>Kompenserende ordninger</source>
            <translation>Compensation schemes</translation>
        </message>
        <message>
            <source>&amp;Udfyld ordning …</source>
            <translation>&amp;Fill in scheme …</translation>
        </message>
        <message>
            <source>Nulstil</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Fjern ordningens status og datoer fra forløbet</source>
            <translation>Remove the scheme's status and dates from the case</translation>
        </message>
    </context>
    <context>
        <name>FigureModel</name>
        <message>
            <source>Nøgletal</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Projektgruppe</source>
            <translation>Project group</translation>
        </message>
        <message>
            <source>Referencegruppe</source>
            <translation>Reference group</translation>
        </message>
        <message>
            <source>Forskel (95 %-interval)</source>
            <translation>Difference (95 % interval)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Velkommen til Trepart</source>
            <translation>Welcome to Trepart</translation>
        </message>
        <message>
            <source>Trepart gemmer forløb, møder og aftaler krypteret på denne computer, så du kan arbejde uden netværk ude på virksomhederne.

Først skal Trepart vide, hvem du er, og du skal vælge en adgangskode.

Datamappe: %1</source>
            <translation>Trepart keeps cases, meetings and agreements encrypted on this computer, so you can work without a network out at the companies.

First Trepart needs to know who you are, and you choose a password.

Data folder: %1</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDueModel</name>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Opfølgning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Konsulent</source>
            <translation>Consultant</translation>
        </message>
    </context>
    <context>
        <name>FormController</name>
        <message>
            <source>Ændringer er ikke gemt</source>
            <translation>Changes are not saved</translation>
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation>Sa&amp;ve</translation>
        </message>
        <message>
            <source>Behold som &amp;kladde</source>
            <translation>Keep as &amp;draft</translation>
        </message>
        <message>
            <source>&amp;Kassér</source>
            <translation>D&amp;iscard</translation>
        </message>
        <message>
            <source>&amp;Annullér</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>Vil du gemme ændringerne?</source>
            <translation>Do you want to save the changes?</translation>
        </message>
        <message>
            <source>Ingen ændringer</source>
            <translation>No changes</translation>
        </message>
        <message>
            <source>Kladde gemt kl. %1</source>
            <translation>Draft saved at %1</translation>
        </message>
        <message>
            <source>Kladden kunne ikke gemmes – prøver igen om lidt</source>
            <translation>The draft could not be saved – trying again shortly</translation>
        </message>
        <message>
            <source>Ikke gemt: ret de markerede felter</source>
            <translation>Not saved: correct the marked fields</translation>
        </message>
        <message>
            <source>Gemt kl. %1</source>
            <translation>Saved at %1</translation>
        </message>
        <message>
            <source>Ikke gemt – det indtastede er bevaret som kladde</source>
            <translation>Not saved – what you typed is kept as a draft</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>&amp;Gem</source>
            <translation>Sa&amp;ve</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>C&amp;lose</translation>
        </message>
    </context>
    <context>
        <name>FormField</name>
        <message>
            <source>(ingen virksomhed)</source>
            <translation>(no company)</translation>
        </message>
        <message>
            <source>(intet endnu)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <source>Referencegruppen får den sædvanlige indsats; for den registreres kun resultatdata (opfølgninger, jobstart, resultat).</source>
            <translation>The reference group gets the usual service; only outcome data is recorded for it (follow-ups, job start, outcome).</translation>
        </message>
        <message>
            <source>(intet projekt)</source>
            <translation>(no project)</translation>
        </message>
        <message>
            <source>Fastholdelse efter 3, 6 og 12 måneder regnes fra jobstarten.</source>
            <translation>Retention at 3, 6 and 12 months is counted from the job start.</translation>
        </message>
        <message>
            <source>(ingen støtte)</source>
            <translation>(no support)</translation>
        </message>
        <message>
            <source>fx 40</source>
            <translation>e.g. 40</translation>
        </message>
        <message>
            <source>Timer i alt; møderne trækker de brugte støttetimer fra.</source>
            <translation>Hours in total; the meetings deduct the support hours used.</translation>
        </message>
        <message>
            <source>ddmmåå-xxxx</source>
            <translation>ddmmyy-xxxx</translation>
        </message>
        <message>
            <source>(ikke angivet)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <source>Beskriv hvad det betyder for arbejdet, ikke diagnoser (fx 'tåler ikke løft over 5 kg').</source>
            <translation>Describe what it means for the work, not diagnoses (e.g. 'cannot lift more than 5 kg').</translation>
        </message>
        <message>
            <source>Kun for jobcentret. Vises aldrig for mentorer og kommer aldrig med på udskrifter.</source>
            <translation>For the job centre only. Never shown to mentors and never printed.</translation>
        </message>
        <message>
            <source>8 cifre</source>
            <translation>8 digits</translation>
        </message>
        <message>
            <source>10 cifre</source>
            <translation>10 digits</translation>
        </message>
        <message>
            <source>Giver løntilskuddets rimelighedskrav (1 under 5 ansatte, 1 pr. 5 op til 50, derefter 1 pr. 10).</source>
            <translation>Gives the wage subsidy staff ratio (1 under 5 employees, 1 per 5 up to 50, then 1 per 10).</translation>
        </message>
        <message>
            <source>(ikke oplyst)</source>
            <translation>(not stated)</translation>
        </message>
        <message>
            <source>Uden jobstatus tælles opfølgningen som ukendt, aldrig som i job.</source>
            <translation>Without a job status the follow-up counts as unknown, never as employed.</translation>
        </message>
        <message>
            <source>fx 12,5</source>
            <translation>e.g. 12.5</translation>
        </message>
        <message>
            <source>Jobcoach-, mentor- eller klippekorttimer brugt siden sidste møde; trækkes fra forløbets budget.</source>
            <translation>Job coach, mentor or punch-card hours used since the last meeting; deducted from the case's budget.</translation>
        </message>
        <message>
            <source>Borgerens eller virksomhedens egne ord; skrives ved overdragelse.</source>
            <translation>The citizen's or company's own words; written at hand-over.</translation>
        </message>
        <message>
            <source>Næste møde vises under I dag.</source>
            <translation>The next meeting appears under Today.</translation>
        </message>
        <message>
            <source>%1: skriv et tal, fx 12,5.</source>
            <translation>%1: write a number, e.g. 12.5.</translation>
        </message>
        <message>
            <source>fx 12</source>
            <translation>e.g. 12</translation>
        </message>
        <message>
            <source>Ét delmål pr. linje.</source>
            <translation>One sub-goal per line.</translation>
        </message>
        <message>
            <source>fx Social- og handicapområdet</source>
            <translation>e.g. Social and disability services</translation>
        </message>
        <message>
            <source>(intet samtykke valgt)</source>
            <translation>(no consent chosen)</translation>
        </message>
        <message>
            <source>Det af borgerens samtykker, oplysningerne blev delt på.</source>
            <translation>The citizen's consent the information was shared on.</translation>
        </message>
        <message>
            <source>(ikke vurderet)</source>
            <translation>(not assessed)</translation>
        </message>
        <message>
            <source>(ikke besluttet)</source>
            <translation>(not decided)</translation>
        </message>
        <message>
            <source>Skal udfyldes ved ansættelse: 0-37 timer pr. uge.</source>
            <translation>Required when hiring: 0-37 hours per week.</translation>
        </message>
        <message>
            <source>fx 100</source>
            <translation>e.g. 100</translation>
        </message>
        <message>
            <source>fx 70</source>
            <translation>e.g. 70</translation>
        </message>
        <message>
            <source>Andel af borgerne i job, der stadig er i job 6 måneder efter start.</source>
            <translation>Share of the citizens in a job who are still in work 6 months after the start.</translation>
        </message>
        <message>
            <source>Hvornår behovet blev konstateret.</source>
            <translation>When the need was identified.</translation>
        </message>
        <message>
            <source>Datoen for bevilling eller afslag.</source>
            <translation>The date it was granted or refused.</translation>
        </message>
        <message>
            <source>Skriv gerne med dine egne ord.</source>
            <translation>Feel free to write in your own words.</translation>
        </message>
        <message>
            <source>fx 15</source>
            <translation>e.g. 15</translation>
        </message>
        <message>
            <source>Højst 37 timer om ugen.</source>
            <translation>At most 37 hours a week.</translation>
        </message>
        <message>
            <source>4 cifre</source>
            <translation>4 digits</translation>
        </message>
        <message>
            <source>fx 18</source>
            <translation>e.g. 18</translation>
        </message>
        <message>
            <source>fx 20</source>
            <translation>e.g. 20</translation>
        </message>
        <message>
            <source>Tomt: virksomhedens navn.</source>
            <translation>Empty: the company's name.</translation>
        </message>
        <message>
            <source>(ikke besvaret)</source>
            <translation>(not answered)</translation>
        </message>
        <message>
            <source>Sæt kryds ved det, der er svært. Skriv funktion, ikke diagnose.</source>
            <translation>Tick what is hard. Write functions, not diagnoses.</translation>
        </message>
    </context>
    <context>
        <name>FormOpener</name>
        <message>
            <source>Åbne behov til borgeren</source>
            <translation>Open needs for the citizen</translation>
        </message>
        <message>
            <source>Positiv screening</source>
            <translation>Positive screening</translation>
        </message>
        <message>
            <source>Borgeren oplever, at en funktionsnedsættelse påvirker, hvilke job eller timer de kan tage. Vil du oprette et forløb med dig som borgerens personlige jobformidler?</source>
            <translation>The citizen finds that an impairment affects which jobs or hours they can take. Do you want to open a case with you as the citizen's personal job broker?</translation>
        </message>
        <message>
            <source>&amp;Opret forløb</source>
            <translation>&amp;Open case</translation>
        </message>
        <message>
            <source>&amp;Ikke nu</source>
            <translation>&amp;Not now</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>kl.</source>
            <translation>at</translation>
        </message>
    </context>
    <context>
        <name>HandOverController</name>
        <message>
            <source>Afslut &amp;overdragelse …</source>
            <translation>End &amp;hand-over …</translation>
        </message>
        <message>
            <source>Giv computeren tilbage til konsulenten. Skriv din adgangskode for at få hele Trepart tilbage.</source>
            <translation>Hand the computer back to the consultant. Type your password to get all of Trepart back.</translation>
        </message>
        <message>
            <source>Skærmen er overdraget til borgeren. Skriv jeres bemærkninger og gem. Giv derefter computeren tilbage.</source>
            <translation>The screen has been handed over to the citizen. Write your comments and save. Then hand the computer back.</translation>
        </message>
        <message>
            <source>Skærmen er overdraget til virksomheden. Skriv jeres bemærkninger og gem. Giv derefter computeren tilbage.</source>
            <translation>The screen has been handed over to the company. Write your comments and save. Then hand the computer back.</translation>
        </message>
        <message>
            <source>Afslut overdragelse</source>
            <translation>End hand-over</translation>
        </message>
        <message>
            <source>Skriv din adgangskode for at få hele Trepart tilbage.</source>
            <translation>Type your password to get all of Trepart back.</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source>Overdrag skærmen</source>
            <translation>Hand over the screen</translation>
        </message>
        <message>
            <source>&amp;Borgeren</source>
            <translation>The &amp;citizen</translation>
        </message>
        <message>
            <source>&amp;Virksomheden</source>
            <translation>The c&amp;ompany</translation>
        </message>
        <message>
            <source>&amp;Overdrag</source>
            <translation>&amp;Hand over</translation>
        </message>
        <message>
            <source>Hvem skal skrive i referatet?</source>
            <translation>Who will write in the minutes?</translation>
        </message>
        <message>
            <source>Skærmen viser derefter kun dette møde, uden helbredsnoter og uden adgang til andre forløb. Du skal bruge din adgangskode for at afslutte overdragelsen.</source>
            <translation>The screen then shows only this meeting, without health notes and without access to other cases. You need your password to end the hand-over.</translation>
        </message>
    </context>
    <context>
        <name>HoursChart</name>
        <message>
            <source>Planlagte og faktiske timer pr. uge</source>
            <translation>Planned and actual hours per week</translation>
        </message>
        <message>
            <source>Ingen timer at vise endnu.</source>
            <translation>No hours to show yet.</translation>
        </message>
        <message>
            <source>Uge %1: planlagt %2, faktisk %3</source>
            <translation>Week %1: planned %2, actual %3</translation>
        </message>
        <message>
            <source>, heraf løntimer %1</source>
            <translation>, of which paid hours %1</translation>
        </message>
        <message>
            <source>Planlagt</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Praktik</source>
            <translation>Work placement</translation>
        </message>
        <message>
            <source>Løntimer</source>
            <translation>Paid hours</translation>
        </message>
        <message>
            <source>Faktisk (fra møder)</source>
            <translation>Actual (from meetings)</translation>
        </message>
        <message>
            <source>Højst %1 t</source>
            <translation>At most %1 h</translation>
        </message>
        <message>
            <source>Timer pr. uge</source>
            <translation>Hours per week</translation>
        </message>
        <message>
            <source>Uge</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Ingen timer endnu.</source>
            <translation>No hours yet.</translation>
        </message>
        <message>
            <source>Uge %1: planlagt %2 t, faktisk %3 t</source>
            <translation>Week %1: planned %2 h, actual %3 h</translation>
        </message>
    </context>
    <context>
        <name>IdentityPage</name>
        <message>
            <source>Hvem bruger Trepart på denne computer?</source>
            <translation>Who uses Trepart on this computer?</translation>
        </message>
        <message>
            <source>Brugernavnet står i loggen ved alt, du gør, og bruges senere til at logge på serveren.</source>
            <translation>The user name is logged with everything you do, and is later used to log in to the server.</translation>
        </message>
        <message>
            <source>Brugernavn</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>fx fornavn.efternavn</source>
            <translation>e.g. firstname.lastname</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>&amp;Brugernavn:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Filtrér listen</source>
            <translation>Filter the list</translation>
        </message>
        <message>
            <source>Filtrér …</source>
            <translation>Filter …</translation>
        </message>
        <message>
            <source>F&amp;iltrér:</source>
            <translation>F&amp;ilter:</translation>
        </message>
        <message>
            <source>Viser %1 af %2</source>
            <translation>Showing %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Trepart</source>
            <translation>Trepart</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>I dag</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Virksomheder</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Borgere</source>
            <translation>Citizens</translation>
        </message>
        <message>
            <source>Synkronisering</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>%1 (Alt+%2)</source>
            <translation>%1 (Alt+%2)</translation>
        </message>
        <message>
            <source>Forløb …</source>
            <translation>Case …</translation>
        </message>
        <message>
            <source>Det åbne forløb</source>
            <translation>The open case</translation>
        </message>
        <message>
            <source>Sprog</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Det nye sprog bruges, næste gang Trepart starter.</source>
            <translation>The new language is used the next time Trepart starts.</translation>
        </message>
        <message>
            <source>Ændringer er ikke gemt</source>
            <translation>Changes are not saved</translation>
        </message>
        <message>
            <source>Det, du har skrevet og ikke gemt, gemmes som kladde. Du får det tilbudt, næste gang du åbner Trepart.</source>
            <translation>What you typed and did not save is kept as a draft. You will be offered it the next time you open Trepart.</translation>
        </message>
        <message>
            <source>&amp;Luk Trepart</source>
            <translation>&amp;Close Trepart</translation>
        </message>
        <message>
            <source>&amp;Annullér</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <source>Forslag rangeret efter point; konsulenten vurderer og beslutter. Intet sendes eller deles automatisk.</source>
            <translation>Suggestions ranked by points; the consultant weighs them and decides. Nothing is sent or shared automatically.</translation>
        </message>
        <message>
            <source>Forslag</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <source>Hvorfor dette forslag</source>
            <translation>Why this suggestion</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>point</source>
            <translation>points</translation>
        </message>
        <message>
            <source>Ingen rangering: der mangler noget at matche på.</source>
            <translation>No ranking: there is nothing to match on yet.</translation>
        </message>
        <message>
            <source>; %1 udeladt, fordi et krav rammer en funktion i screeningen</source>
            <translation>; %1 left out because a demand hits a function marked in the screening</translation>
        </message>
        <message>
            <source>%1 forslag</source>
            <translation>%1 suggestions</translation>
        </message>
    </context>
    <context>
        <name>MatchModel</name>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Behov</source>
            <translation>Need</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Hvorfor</source>
            <translation>Why</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Ingen ændringer</source>
            <translation>No changes</translation>
        </message>
        <message>
            <source>Gemt-status</source>
            <translation>Save status</translation>
        </message>
        <message>
            <source>Tilføj handling</source>
            <translation>Add action</translation>
        </message>
        <message>
            <source>Gem mødet (Ctrl+S)</source>
            <translation>Save the meeting (Ctrl+S)</translation>
        </message>
        <message>
            <source>G&amp;em</source>
            <translation>Sav&amp;e</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>Luk formularen (Esc)</source>
            <translation>Close the form (Esc)</translation>
        </message>
        <message>
            <source>O&amp;verdrag skærmen …</source>
            <translation>Hand o&amp;ver the screen …</translation>
        </message>
        <message>
            <source>Giv computeren til borgeren eller virksomheden til dette referat</source>
            <translation>Hand the computer to the citizen or the company for these minutes</translation>
        </message>
        <message>
            <source>Forhåndsvis / udskriv referat …</source>
            <translation>Preview / print minutes …</translation>
        </message>
        <message>
            <source>Tilføj en handling (Ctrl+Shift+H)</source>
            <translation>Add an action (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>Handlinger – hvem har bolden?</source>
            <translation>Actions – who holds the ball?</translation>
        </message>
        <message>
            <source>Nyt møde: %1</source>
            <translation>New meeting: %1</translation>
        </message>
        <message>
            <source>Møde: %1</source>
            <translation>Meeting: %1</translation>
        </message>
        <message>
            <source>Planens aftalte konsekvens: %1</source>
            <translation>The plan's agreed consequence: %1</translation>
        </message>
        <message>
            <source>Vil du gemme ændringerne i mødet?</source>
            <translation>Do you want to save the changes to the meeting?</translation>
        </message>
    </context>
    <context>
        <name>MeetingHost</name>
        <message>
            <source>Det åbne møde har ændringer, der ikke er gemt. Skal de gemmes, før et andet møde åbnes?</source>
            <translation>The open meeting has unsaved changes. Save them before another meeting opens?</translation>
        </message>
        <message>
            <source>Et møde er åbent</source>
            <translation>A meeting is open</translation>
        </message>
        <message>
            <source>Møde: %1</source>
            <translation>Meeting: %1</translation>
        </message>
        <message>
            <source>Gendannet fra kladde – husk at gemme</source>
            <translation>Restored from a draft – remember to save</translation>
        </message>
    </context>
    <context>
        <name>MeetingModel</name>
        <message>
            <source>Tidspunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Fremmødt</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Dagsorden</source>
            <translation>Agenda</translation>
        </message>
    </context>
    <context>
        <name>MemberModel</name>
        <message>
            <source>Medlem</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Indmeldt</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>Udmeldt</source>
            <translation>Left</translation>
        </message>
    </context>
    <context>
        <name>MentorPicker</name>
        <message>
            <source>Teamets mentorer</source>
            <translation>The team's mentors</translation>
        </message>
        <message>
            <source>brugernavne adskilt af komma</source>
            <translation>user names separated by commas</translation>
        </message>
        <message>
            <source>Mentorernes brugernavne</source>
            <translation>The mentors' user names</translation>
        </message>
        <message>
            <source>Listen over teamets mentorer hentes ved næste synkronisering; indtil da skrives brugernavnet.</source>
            <translation>The list of the team's mentors is fetched at the next synchronisation; until then, type the user name.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;Trepart</source>
            <translation>&amp;Trepart</translation>
        </message>
        <message>
            <source>&amp;Gå til</source>
            <translation>&amp;Go to</translation>
        </message>
        <message>
            <source>&amp;Forløb</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <source>&amp;Hjælp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Indstillinger …</source>
            <translation>&amp;Settings …</translation>
        </message>
        <message>
            <source>Gendan &amp;kladder …</source>
            <translation>Restore &amp;drafts …</translation>
        </message>
        <message>
            <source>&amp;Lås</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Afslut</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;I dag</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>&amp;Virksomheder</source>
            <translation>C&amp;ompanies</translation>
        </message>
        <message>
            <source>&amp;Borgere</source>
            <translation>C&amp;itizens</translation>
        </message>
        <message>
            <source>&amp;Synkronisering</source>
            <translation>&amp;Synchronisation</translation>
        </message>
        <message>
            <source>&amp;Tilbage</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Opdatér og synkronisér</source>
            <translation>&amp;Refresh and synchronise</translation>
        </message>
        <message>
            <source>&amp;Søg i forløb</source>
            <translation>&amp;Search cases</translation>
        </message>
        <message>
            <source>&amp;Nyt forløb …</source>
            <translation>&amp;New case …</translation>
        </message>
        <message>
            <source>&amp;Rediger forløb …</source>
            <translation>E&amp;dit case …</translation>
        </message>
        <message>
            <source>Nyt &amp;møde</source>
            <translation>New &amp;meeting</translation>
        </message>
        <message>
            <source>Ny screening (første &amp;kontakt) …</source>
            <translation>New screening (first &amp;contact) …</translation>
        </message>
        <message>
            <source>&amp;Projekter og mål …</source>
            <translation>&amp;Projects and targets …</translation>
        </message>
        <message>
            <source>Effektrappor&amp;t …</source>
            <translation>Effect repor&amp;t …</translation>
        </message>
        <message>
            <source>&amp;Adgangslog for en borger …</source>
            <translation>&amp;Access log for a citizen …</translation>
        </message>
        <message>
            <source>&amp;Dialogforum og netværk …</source>
            <translation>&amp;Dialogue forum and network …</translation>
        </message>
        <message>
            <source>&amp;Tastaturgenveje</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;Om Trepart</source>
            <translation>&amp;About Trepart</translation>
        </message>
        <message>
            <source>Adgangslog for en borger</source>
            <translation>Access log for a citizen</translation>
        </message>
        <message>
            <source>Borgerens id (fra Trepart, 36 tegn):</source>
            <translation>The citizen's id (from Trepart, 36 characters):</translation>
        </message>
        <message>
            <source>Adgangslog</source>
            <translation>Access log</translation>
        </message>
        <message>
            <source>Borgerens adgangslog</source>
            <translation>The citizen's access log</translation>
        </message>
        <message>
            <source>I dag, Forløb, Virksomheder, Borgere, Synkronisering</source>
            <translation>Today, Cases, Companies, Citizens, Synchronisation</translation>
        </message>
        <message>
            <source>Søg i forløb</source>
            <translation>Search cases</translation>
        </message>
        <message>
            <source>Nyt forløb</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>Rediger det åbne forløb</source>
            <translation>Edit the open case</translation>
        </message>
        <message>
            <source>Nyt møde i det åbne forløb</source>
            <translation>New meeting in the open case</translation>
        </message>
        <message>
            <source>Gem formularen</source>
            <translation>Save the form</translation>
        </message>
        <message>
            <source>Tilføj en handling i mødet</source>
            <translation>Add an action to the meeting</translation>
        </message>
        <message>
            <source>Alt+Pil ned</source>
            <translation>Alt+Down</translation>
        </message>
        <message>
            <source>Åbn kalenderen i et datofelt</source>
            <translation>Open the calendar in a date field</translation>
        </message>
        <message>
            <source>Åbn den valgte række</source>
            <translation>Open the selected row</translation>
        </message>
        <message>
            <source>Alt+Venstre</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Tilbage</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Luk formularen</source>
            <translation>Close the form</translation>
        </message>
        <message>
            <source>Opdatér og synkronisér</source>
            <translation>Refresh and synchronise</translation>
        </message>
        <message>
            <source>Lås Trepart</source>
            <translation>Lock Trepart</translation>
        </message>
        <message>
            <source>Tastaturgenveje</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Om Trepart</source>
            <translation>About Trepart</translation>
        </message>
        <message>
            <source>Trepart version %1</source>
            <translation>Trepart version %1</translation>
        </message>
        <message>
            <source>Trepart – forløb, møder og aftaler for virksomhedskonsulenter og mentorer.
Data ligger krypteret på denne computer og synkroniseres med kommunens server.</source>
            <translation>Trepart – cases, meetings and agreements for job consultants and mentors.
Data is kept encrypted on this computer and synchronised with the municipality's server.</translation>
        </message>
    </context>
    <context>
        <name>NeedDialog</name>
        <message>
            <source>Nyt behov</source>
            <translation>New need</translation>
        </message>
        <message>
            <source>Behov</source>
            <translation>Need</translation>
        </message>
    </context>
    <context>
        <name>NeedModel</name>
        <message>
            <source>Behov</source>
            <translation>Need</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Krav</source>
            <translation>Demands</translation>
        </message>
        <message>
            <source>Kan tilbyde</source>
            <translation>Can offer</translation>
        </message>
    </context>
    <context>
        <name>NetworkDialog</name>
        <message>
            <source>Dialogforum og virksomhedsnetværk</source>
            <translation>Dialogue forum and company network</translation>
        </message>
        <message>
            <source>Netværk</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>&amp;Netværk:</source>
            <translation>&amp;Network:</translation>
        </message>
        <message>
            <source>Nyt ne&amp;tværk …</source>
            <translation>New ne&amp;twork …</translation>
        </message>
        <message>
            <source>&amp;Rediger mål …</source>
            <translation>&amp;Edit targets …</translation>
        </message>
        <message>
            <source>Virksomheder rekrutteret af målet</source>
            <translation>Companies recruited of the target</translation>
        </message>
        <message>
            <source>Andel cirkulær økonomi</source>
            <translation>Share of circular economy</translation>
        </message>
        <message>
            <source>Medlemmer</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Møder</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Nyt &amp;medlem …</source>
            <translation>New &amp;member …</translation>
        </message>
        <message>
            <source>Nyt m&amp;øde …</source>
            <translation>New meetin&amp;g …</translation>
        </message>
        <message>
            <source>Teamet har intet netværk endnu. Opret et med «Nyt netværk».</source>
            <translation>The team has no network yet. Create one with “New network”.</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>Rekruttering:</source>
            <translation>Recruitment:</translation>
        </message>
        <message>
            <source>Cirkulær økonomi:</source>
            <translation>Circular economy:</translation>
        </message>
        <message>
            <source>%1 af %2 virksomheder</source>
            <translation>%1 of %2 companies</translation>
        </message>
        <message>
            <source>%1 af %2 virksomheder (%3 %) mod målet %4 %</source>
            <translation>%1 of %2 companies (%3 %) against the target of %4 %</translation>
        </message>
        <message>
            <source>mangler %1 cirkulær(e) virksomhed(er)</source>
            <translation>%1 circular-economy company(ies) short</translation>
        </message>
        <message>
            <source>Nyt netværk</source>
            <translation>New network</translation>
        </message>
        <message>
            <source>Netværk og mål</source>
            <translation>Network and targets</translation>
        </message>
        <message>
            <source>Nyt medlem</source>
            <translation>New member</translation>
        </message>
        <message>
            <source>Medlem</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Nyt netværksmøde</source>
            <translation>New network meeting</translation>
        </message>
        <message>
            <source>Netværksmøde</source>
            <translation>Network meeting</translation>
        </message>
    </context>
    <context>
        <name>NetworkRecordDialog</name>
        <message>
            <source>Mål: skriv et helt tal, fx 18.</source>
            <translation>Target: write a whole number, e.g. 18.</translation>
        </message>
    </context>
    <context>
        <name>OwnListModel</name>
        <message>
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Drøm</source>
            <translation>Dream</translation>
        </message>
        <message>
            <source>Virksomhed / arbejde</source>
            <translation>Company / work</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ParticipantList</name>
        <message>
            <source>Tilføj &amp;deltager</source>
            <translation>A&amp;dd participant</translation>
        </message>
    </context>
    <context>
        <name>ParticipantRow</name>
        <message>
            <source>Deltager %1: navn</source>
            <translation>Participant %1: name</translation>
        </message>
        <message>
            <source>Deltager %1: rolle</source>
            <translation>Participant %1: role</translation>
        </message>
        <message>
            <source>Fjern deltager %1</source>
            <translation>Remove participant %1</translation>
        </message>
    </context>
    <context>
        <name>PasswordCheckDialog</name>
        <message>
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Skriv adgangskoden.</source>
            <translation>Type the password.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPage</name>
        <message>
            <source>Vælg en adgangskode</source>
            <translation>Choose a password</translation>
        </message>
        <message>
            <source>Adgangskoden beskytter alle forløb på denne computer. Den gemmes ingen steder; vælg noget, du kan huske.</source>
            <translation>The password protects every case on this computer. It is stored nowhere; choose something you can remember.</translation>
        </message>
        <message>
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Gentag adgangskode</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>&amp;Vis adgangskoden</source>
            <translation>&amp;Show the password</translation>
        </message>
        <message>
            <source>Adgangskodens styrke</source>
            <translation>Password strength</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Gentag:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>Styrke:</source>
            <translation>Strength:</translation>
        </message>
        <message>
            <source>De to adgangskoder er ikke ens.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Udskriv</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Gem som PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Dokumentet kan ikke vises: filen er ikke en gyldig PDF.</source>
            <translation>The document cannot be shown: the file is not a valid PDF.</translation>
        </message>
        <message numerus="yes">
            <source>%n side(r)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Filen kunne ikke gemmes: %1</source>
            <translation>The file could not be saved: %1</translation>
        </message>
        <message>
            <source>Printeren kunne ikke startes.</source>
            <translation>The printer could not be started.</translation>
        </message>
        <message>
            <source>Dokument</source>
            <translation>Document</translation>
        </message>
    </context>
    <context>
        <name>PeriodRow</name>
        <message>
            <source>ingen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Periode %1: fra uge</source>
            <translation>Period %1: from week</translation>
        </message>
        <message>
            <source>Periode %1: til uge</source>
            <translation>Period %1: to week</translation>
        </message>
        <message>
            <source>Periode %1: dage pr. uge</source>
            <translation>Period %1: days per week</translation>
        </message>
        <message>
            <source>Periode %1: timer pr. dag</source>
            <translation>Period %1: hours per day</translation>
        </message>
        <message>
            <source>Periode %1: løntimer pr. uge</source>
            <translation>Period %1: paid hours per week</translation>
        </message>
        <message>
            <source>Fjern periode %1</source>
            <translation>Remove period %1</translation>
        </message>
        <message>
            <source>= %1 t praktik + %2 t løn = %3 t/uge</source>
            <translation>= %1 h praktik + %2 h paid = %3 h/week</translation>
        </message>
        <message>
            <source>= %1 t/uge</source>
            <translation>= %1 h/week</translation>
        </message>
        <message>
            <source>Uge %1-%2: skriv timer pr. dag som et tal, fx 2,5.</source>
            <translation>Weeks %1-%2: write hours per day as a number, e.g. 2.5.</translation>
        </message>
        <message>
            <source>Uge %1-%2: skriv løntimer pr. uge som et tal, fx 10, eller intet.</source>
            <translation>Weeks %1-%2: write paid hours per week as a number, e.g. 10, or nothing.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>planen</source>
            <translation>the trepartsplan</translation>
        </message>
        <message>
            <source>Trepartsplan</source>
            <translation>Trepartsplan (three-party plan)</translation>
        </message>
        <message>
            <source>Der er ingen trepartsplan endnu.</source>
            <translation>There is no trepartsplan yet.</translation>
        </message>
        <message>
            <source>Opret plan</source>
            <translation>Create plan</translation>
        </message>
        <message>
            <source>Ændr plan</source>
            <translation>Change plan</translation>
        </message>
        <message>
            <source>Mål og periode</source>
            <translation>Goal and period</translation>
        </message>
        <message>
            <source>Fra uge</source>
            <translation>From week</translation>
        </message>
        <message>
            <source>Til uge</source>
            <translation>To week</translation>
        </message>
        <message>
            <source>Dage pr. uge</source>
            <translation>Days per week</translation>
        </message>
        <message>
            <source>Timer pr. dag</source>
            <translation>Hours per day</translation>
        </message>
        <message>
            <source>Tilføj periode</source>
            <translation>Add period</translation>
        </message>
        <message>
            <source>Timer pr. uge: planlagt og faktisk</source>
            <translation>Hours per week: planned and actual</translation>
        </message>
        <message>
            <source>Opgaver, støtte og forpligtelser</source>
            <translation>Tasks, support and commitments</translation>
        </message>
        <message>
            <source>%1 forpligter sig til:</source>
            <translation>%1 commits to:</translation>
        </message>
        <message>
            <source>Perioder uden huller eller overlap, fx uge 1-2: 2 dage × 2 timer. Løntimer er almindelige lønnede timer ved siden af praktikken. Højst %1 timer pr. uge i alt.</source>
            <translation>Periods without gaps or overlaps, e.g. weeks 1-2: 2 days × 2 hours. Paid hours are ordinary paid hours beside the praktik. At most %1 hours per week in total.</translation>
        </message>
        <message>
            <source>Løntimer pr. uge</source>
            <translation>Paid hours per week</translation>
        </message>
        <message>
            <source>Evaluering</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Planlæg opfølgninger</source>
            <translation>Plan follow-ups</translation>
        </message>
        <message>
            <source>Midtvejs- og slutopfølgning ud fra planens datoer; de vises under I dag</source>
            <translation>Midway and final follow-up from the plan's dates; they appear under Today</translation>
        </message>
        <message>
            <source>Handlinger – hvem har bolden?</source>
            <translation>Actions – who holds the ball?</translation>
        </message>
        <message>
            <source>Tilføj handling</source>
            <translation>Add action</translation>
        </message>
        <message>
            <source>Gem handlinger</source>
            <translation>Save actions</translation>
        </message>
        <message>
            <source>Ikke gemt</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Gem planen først.</source>
            <translation>Save the plan first.</translation>
        </message>
        <message>
            <source>Handlingerne er gemt.</source>
            <translation>The actions are saved.</translation>
        </message>
        <message>
            <source>Planen mangler start- og slutdato; der er ikke planlagt noget.</source>
            <translation>The plan has no start and end date; nothing has been planned.</translation>
        </message>
        <message>
            <source>Midtvejs- og slutopfølgning er planlagt og vises under I dag.</source>
            <translation>The midway and final follow-ups are planned and appear under Today.</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>Nyt projekt</source>
            <translation>New project</translation>
        </message>
        <message>
            <source>Rediger projekt</source>
            <translation>Edit project</translation>
        </message>
        <message>
            <source>%1: skriv et helt tal, fx 40.</source>
            <translation>%1: write a whole number, e.g. 40.</translation>
        </message>
    </context>
    <context>
        <name>ProjectModel</name>
        <message>
            <source>Projekt</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Borgere / mål</source>
            <translation>Citizens / target</translation>
        </message>
        <message>
            <source>Mål: i job</source>
            <translation>Target: in work</translation>
        </message>
        <message>
            <source>Mål: fastholdt 6 mdr.</source>
            <translation>Target: retained 6 months</translation>
        </message>
        <message>
            <source>Referencegruppe</source>
            <translation>Reference group</translation>
        </message>
    </context>
    <context>
        <name>ProjectsDialog</name>
        <message>
            <source>Projekter og mål</source>
            <translation>Projects and targets</translation>
        </message>
        <message>
            <source>Projekter</source>
            <translation>Projects</translation>
        </message>
        <message>
            <source>&amp;Nyt projekt …</source>
            <translation>&amp;New project …</translation>
        </message>
        <message>
            <source>&amp;Rediger …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <source>&amp;Slet</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>Et forløb knyttes til et projekt og til projekt- eller referencegruppen under Rediger forløb. Rapporten viser fremdriften mod målene.</source>
            <translation>A case is linked to a project and to the project or reference group under Edit case. The report shows progress against the targets.</translation>
        </message>
        <message>
            <source>Slet projekt</source>
            <translation>Delete project</translation>
        </message>
        <message>
            <source>Slet projektet %1?</source>
            <translation>Delete the project %1?</translation>
        </message>
    </context>
    <context>
        <name>ProportionChart</name>
        <message>
            <source>Projekt</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Diagram: projektgruppe mod referencegruppe</source>
            <translation>Chart: project group against reference group</translation>
        </message>
        <message>
            <source>%1: ingen forløb</source>
            <translation>%1: no cases</translation>
        </message>
        <message>
            <source>%1: %2 (%3 af %4)</source>
            <translation>%1: %2 (%3 of %4)</translation>
        </message>
    </context>
    <context>
        <name>Questionnaire</name>
        <message>
            <source>Meget dårligt</source>
            <translation>Very bad</translation>
        </message>
        <message>
            <source>Dårligt</source>
            <translation>Bad</translation>
        </message>
        <message>
            <source>Hverken godt eller dårligt</source>
            <translation>Neither good nor bad</translation>
        </message>
        <message>
            <source>Godt</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Meget godt</source>
            <translation>Very good</translation>
        </message>
        <message>
            <source>Slet ikke sikker</source>
            <translation>Not sure at all</translation>
        </message>
        <message>
            <source>Lidt sikker</source>
            <translation>A little sure</translation>
        </message>
        <message>
            <source>Nogenlunde sikker</source>
            <translation>Fairly sure</translation>
        </message>
        <message>
            <source>Ret sikker</source>
            <translation>Quite sure</translation>
        </message>
        <message>
            <source>Helt sikker</source>
            <translation>Completely sure</translation>
        </message>
        <message>
            <source>Slet ikke</source>
            <translation>Not at all</translation>
        </message>
        <message>
            <source>Nogenlunde</source>
            <translation>Fairly well</translation>
        </message>
        <message>
            <source>Rigtig godt</source>
            <translation>Very well</translation>
        </message>
        <message>
            <source>%1 af 5: %2</source>
            <translation>%1 of 5: %2</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireDialog</name>
        <message>
            <source>Spørgeskema: %1</source>
            <translation>Questionnaire: %1</translation>
        </message>
        <message>
            <source>Sæt ét kryds ved hvert spørgsmål: 1 er det laveste, 5 det højeste. Et skema, der ikke er helt udfyldt, gemmes som kladde og kan gøres færdigt senere.</source>
            <translation>Tick one box for each question: 1 is the lowest, 5 the highest. A questionnaire that is not fully filled in is kept as a draft and can be finished later.</translation>
        </message>
        <message>
            <source>Svar med dine egne ord og kryds. Konsulenten ser dine svar bagefter. Tryk Gem, når du er færdig, og giv så computeren tilbage.</source>
            <translation>Answer with your own ticks and words. The consultant sees your answers afterwards. Press Save when you are done, then give the computer back.</translation>
        </message>
    </context>
    <context>
        <name>QuestionnairePanel</name>
        <message>
            <source>De samme fire spørgsmål ved forløbets start og slut (skala 1–5). Forskellen viser, hvordan borgeren selv oplever forløbet.</source>
            <translation>The same four questions at the start and the end of the case (scale 1–5). The difference shows how the citizen experiences the case.</translation>
        </message>
        <message>
            <source>Spørgsmål</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Slut</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Ændring</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>&amp;Udfyld startskema …</source>
            <translation>Start &amp;questionnaire …</translation>
        </message>
        <message>
            <source>Udf&amp;yld slutskema …</source>
            <translation>&amp;Final questionnaire …</translation>
        </message>
        <message>
            <source>Lad borgeren s&amp;vare selv …</source>
            <translation>Let the citi&amp;zen answer alone …</translation>
        </message>
        <message>
            <source>Overdrag skærmen: borgeren ser kun spørgeskemaet, din adgangskode afslutter</source>
            <translation>Hand over the screen: the citizen sees only the questionnaire, your password ends it</translation>
        </message>
        <message>
            <source>Startskema</source>
            <translation>Start questionnaire</translation>
        </message>
        <message>
            <source>Slutskema</source>
            <translation>End questionnaire</translation>
        </message>
        <message>
            <source>%1: ikke udfyldt</source>
            <translation>%1: not filled in</translation>
        </message>
        <message>
            <source>%1: kladde (ikke alle spørgsmål besvaret), %2</source>
            <translation>%1: draft (not every question answered), %2</translation>
        </message>
        <message>
            <source>%1: besvaret %2</source>
            <translation>%1: answered %2</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der udfyldes ingen spørgeskemaer.</source>
            <translation>The case is in the reference group: no questionnaires are filled in.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Gendannelse af en glemt adgangskode</source>
            <translation>Recovering a forgotten password</translation>
        </message>
        <message>
            <source>Med kommunens gendannelsesnøgle kan IT sætte en ny adgangskode, hvis du glemmer din.</source>
            <translation>With the municipality's recovery key, IT can set a new password if you forget yours.</translation>
        </message>
        <message>
            <source>&amp;Vælg nøglefil …</source>
            <translation>&amp;Choose key file …</translation>
        </message>
        <message>
            <source>Jeg &amp;forstår, at de lokale data ikke kan åbnes igen, hvis jeg glemmer adgangskoden.</source>
            <translation>I &amp;understand that the local data cannot be opened again if I forget the password.</translation>
        </message>
        <message>
            <source>Der er ikke fundet nogen gendannelsesnøgle fra kommunen. Spørg IT efter filen recovery-public.pem, eller fortsæt uden.</source>
            <translation>No recovery key from the municipality was found. Ask IT for the file recovery-public.pem, or continue without it.</translation>
        </message>
        <message>
            <source>Gendannelsesnøgle fundet: %1
Fingeraftryk: %2</source>
            <translation>Recovery key found: %1
Fingerprint: %2</translation>
        </message>
        <message>
            <source>Vælg kommunens gendannelsesnøgle</source>
            <translation>Choose the municipality's recovery key</translation>
        </message>
        <message>
            <source>Offentlig nøgle (*.pem);;Alle filer (*)</source>
            <translation>Public key (*.pem);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <source>Jobstatus ved efterværn</source>
            <translation>Job status at efterværn</translation>
        </message>
        <message>
            <source>Hvor står borgeren nu? Gemmes som en fastholdelsesopfølgning på forløbet. Uden jobstatus tælles opfølgningen som ukendt, aldrig som i job.</source>
            <translation>Where does the citizen stand now? Saved as a retention follow-up on the case. Without a job status the follow-up counts as unknown, never as employed.</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Ny fastholdelsesopfølgning</source>
            <translation>New retention follow-up</translation>
        </message>
        <message>
            <source>Rediger fastholdelsesopfølgning</source>
            <translation>Edit retention follow-up</translation>
        </message>
    </context>
    <context>
        <name>RetentionModel</name>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Måneder efter jobstart</source>
            <translation>Months after job start</translation>
        </message>
        <message>
            <source>Jobstatus</source>
            <translation>Job status</translation>
        </message>
        <message>
            <source>Ukendt</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Timer pr. uge</source>
            <translation>Hours per week</translation>
        </message>
        <message>
            <source>Offentlig forsørgelse</source>
            <translation>Public benefits</translation>
        </message>
        <message>
            <source>Fra møde</source>
            <translation>From meeting</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Ved ikke</source>
            <translation>Don't know</translation>
        </message>
        <message>
            <source>Nej</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>RetentionPanel</name>
        <message>
            <source>Borgeren er vendt tilbage til offentlig forsørgelse (opfølgning %1).</source>
            <translation>The citizen has returned to public benefits (follow-up %1).</translation>
        </message>
        <message>
            <source>Borgeren var tilbage på offentlig forsørgelse %1, men er i job igen.</source>
            <translation>The citizen was back on public benefits %1 but is in work again.</translation>
        </message>
        <message>
            <source>Hvor står borgeren efter jobstart? Samme job, andet job, uddannelse, småjob og midlertidigt job tæller som fastholdt; ledig og sygemeldt er en tilbagevenden til forsørgelse.</source>
            <translation>Where does the citizen stand after job start? Same job, other job, education, small job and temporary job count as retained; unemployed and sick leave are a return to benefits.</translation>
        </message>
        <message>
            <source>Fastholdelsesopfølgninger</source>
            <translation>Retention follow-ups</translation>
        </message>
        <message>
            <source>N&amp;y opfølgning …</source>
            <translation>&amp;New follow-up …</translation>
        </message>
        <message>
            <source>Rediger …</source>
            <translation>Edit …</translation>
        </message>
        <message>
            <source>Slet</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Jobstart: %1</source>
            <translation>Job start: %1</translation>
        </message>
        <message>
            <source>Forløbet har ingen jobstart endnu (Rediger forløb). Fastholdelse regnes fra jobstarten.</source>
            <translation>The case has no job start yet (Edit case). Retention is counted from the job start.</translation>
        </message>
        <message>
            <source>Slet opfølgning</source>
            <translation>Delete follow-up</translation>
        </message>
        <message>
            <source>Slet fastholdelsesopfølgningen fra %1?</source>
            <translation>Delete the retention follow-up of %1?</translation>
        </message>
    </context>
    <context>
        <name>ScreeningDialog</name>
        <message>
            <source>Screening ved første kontakt</source>
            <translation>Screening at first contact</translation>
        </message>
        <message>
            <source>Ny borger (første kontakt)</source>
            <translation>New citizen (first contact)</translation>
        </message>
        <message>
            <source>Spørg borgeren, om en fysisk eller psykisk funktionsnedsættelse påvirker, hvilke job eller timer de kan tage. Svarene er helbredsoplysninger: de vises aldrig for mentorer og kommer aldrig på papir.</source>
            <translation>Ask the citizen whether a physical or mental impairment affects which jobs or hours they can take. The answers are health data: they are never shown to mentors and never printed.</translation>
        </message>
    </context>
    <context>
        <name>ScreeningModel</name>
        <message>
            <source>Screenet</source>
            <translation>Screened</translation>
        </message>
        <message>
            <source>Af</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Påvirker job eller timer</source>
            <translation>Affects jobs or hours</translation>
        </message>
        <message>
            <source>(ikke registreret)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Oprettet</source>
            <translation>Opened</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Indstillinger</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Som systemet</source>
            <translation>As the system</translation>
        </message>
        <message>
            <source>Sprog</source>
            <translation>Language</translation>
        </message>
        <message>
            <source> min.</source>
            <translation> min.</translation>
        </message>
        <message>
            <source>Lås efter minutter uden aktivitet</source>
            <translation>Lock after minutes without activity</translation>
        </message>
        <message>
            <source> sek.</source>
            <translation> sec.</translation>
        </message>
        <message>
            <source>Gem kladder hvert antal sekunder</source>
            <translation>Save drafts every number of seconds</translation>
        </message>
        <message>
            <source>Skift &amp;adgangskode …</source>
            <translation>Change &amp;password …</translation>
        </message>
        <message>
            <source>Serveradresse</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>Kun hvis kommunen bruger sin egen CA</source>
            <translation>Only if the municipality uses its own CA</translation>
        </message>
        <message>
            <source>CA-certifikater</source>
            <translation>CA certificates</translation>
        </message>
        <message>
            <source>&amp;Vælg …</source>
            <translation>&amp;Browse …</translation>
        </message>
        <message>
            <source>Synkronisér hvert antal minutter</source>
            <translation>Synchronise every number of minutes</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Største fil, der kan vedhæftes</source>
            <translation>Largest file that can be attached</translation>
        </message>
        <message>
            <source> dage</source>
            <translation> days</translation>
        </message>
        <message>
            <source>I dag viser ordninger i det hurtige spor, der har ventet længere end</source>
            <translation>Today lists fast track schemes that have waited longer than</translation>
        </message>
        <message>
            <source>&amp;Sprog:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Lås efter:</source>
            <translation>Loc&amp;k after:</translation>
        </message>
        <message>
            <source>Gem &amp;kladder hvert:</source>
            <translation>Save &amp;drafts every:</translation>
        </message>
        <message>
            <source>Se&amp;rver:</source>
            <translation>Se&amp;rver:</translation>
        </message>
        <message>
            <source>&amp;CA-certifikater:</source>
            <translation>C&amp;A certificates:</translation>
        </message>
        <message>
            <source>S&amp;ynkronisér hvert:</source>
            <translation>S&amp;ynchronise every:</translation>
        </message>
        <message>
            <source>Største &amp;bilag:</source>
            <translation>Largest a&amp;ttachment:</translation>
        </message>
        <message>
            <source>&amp;Hurtigt spor, ventetid:</source>
            <translation>Fast track, &amp;waiting time:</translation>
        </message>
        <message>
            <source>Et nyt sprog bruges, næste gang Trepart starter.</source>
            <translation>A new language is used the next time Trepart starts.</translation>
        </message>
        <message>
            <source>Fastlagt af organisationen</source>
            <translation>Set by the organisation</translation>
        </message>
        <message>
            <source>Grå felter er fastlagt af organisationen (%1).</source>
            <translation>Greyed-out fields are set by the organisation (%1).</translation>
        </message>
        <message>
            <source>Vælg CA-certifikater</source>
            <translation>Choose CA certificates</translation>
        </message>
        <message>
            <source>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Underskrift: %1</source>
            <translation>Signature: %1</translation>
        </message>
        <message>
            <source>%1 underskriver</source>
            <translation>%1 signs</translation>
        </message>
        <message>
            <source>Med underskriften godkendes %1, som den er vist.</source>
            <translation>Signing approves %1 as shown.</translation>
        </message>
        <message>
            <source>Kun underskriften vises; tryk på Underskriv, når du er færdig, og giv så computeren tilbage.</source>
            <translation>Only the signature is shown; press Sign when you are done, then give the computer back.</translation>
        </message>
        <message>
            <source>Giv computeren til borgeren.</source>
            <translation>Give the computer to the citizen.</translation>
        </message>
        <message>
            <source>Giv computeren til virksomheden.</source>
            <translation>Give the computer to the company.</translation>
        </message>
        <message>
            <source>Giv computeren til %1.</source>
            <translation>Give the computer to %1.</translation>
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Ro&amp;lle:</source>
            <translation>Ro&amp;le:</translation>
        </message>
        <message>
            <source>&amp;Ryd</source>
            <translation>&amp;Clear</translation>
        </message>
        <message>
            <source>&amp;Fortryd streg</source>
            <translation>&amp;Undo stroke</translation>
        </message>
        <message>
            <source>&amp;Gentag streg</source>
            <translation>&amp;Redo stroke</translation>
        </message>
        <message>
            <source>Underskrevet på &amp;papir (vedhæft scanning)</source>
            <translation>Signed on &amp;paper (attach a scan)</translation>
        </message>
        <message>
            <source>&amp;Vælg scanning eller foto …</source>
            <translation>C&amp;hoose a scan or photo …</translation>
        </message>
        <message>
            <source>Ingen fil valgt.</source>
            <translation>No file chosen.</translation>
        </message>
        <message>
            <source>&amp;Underskriv</source>
            <translation>&amp;Sign</translation>
        </message>
        <message>
            <source>Underskrift:</source>
            <translation>Signature:</translation>
        </message>
        <message>
            <source>Vælg scanning eller foto af den underskrevne aftale</source>
            <translation>Choose a scan or photo of the signed agreement</translation>
        </message>
        <message>
            <source>Billeder og PDF (*.png *.jpg *.jpeg *.pdf);;Alle filer (*)</source>
            <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
        </message>
        <message>
            <source>Filen kan ikke læses.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <source>Filen er tom eller større end 8 MB.</source>
            <translation>The file is empty or larger than 8 MB.</translation>
        </message>
        <message>
            <source>Underskriveren mangler navn.</source>
            <translation>The signer's name is missing.</translation>
        </message>
        <message>
            <source>Vedhæft en scanning eller et foto af papiret.</source>
            <translation>Attach a scan or a photo of the paper.</translation>
        </message>
        <message>
            <source>Underskriften er tom.</source>
            <translation>The signature is empty.</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Underskriftsfelt</source>
            <translation>Signature field</translation>
        </message>
        <message>
            <source>Skriv din underskrift med mus, pen eller finger. Feltet er tomt.</source>
            <translation>Write your signature with a mouse, pen or finger. The field is empty.</translation>
        </message>
        <message numerus="yes">
            <source>Underskriften har %n streg(er).</source>
            <translation>
                <numerusform>The signature has %n stroke.</numerusform>
                <numerusform>The signature has %n strokes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skriv underskriften her</source>
            <translation>Sign here</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Forbindelse</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Ændringer der venter</source>
            <translation>Changes waiting</translation>
        </message>
        <message>
            <source>Seneste synkronisering</source>
            <translation>Last synchronisation</translation>
        </message>
        <message>
            <source>Låsestatus</source>
            <translation>Lock state</translation>
        </message>
        <message>
            <source>Bruger</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Aktivitet</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Annullér synkronisering</source>
            <translation>Cancel synchronisation</translation>
        </message>
        <message>
            <source>Stop synkroniseringen nu. Intet går tabt: det, der ikke nåede frem, sendes næste gang.</source>
            <translation>Stop the synchronisation now. Nothing is lost: what did not get through is sent next time.</translation>
        </message>
        <message>
            <source>Låst</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Overdraget – kun ét referat vises</source>
            <translation>Handed over – only one set of minutes is shown</translation>
        </message>
        <message>
            <source>Ulåst (Ctrl+L låser)</source>
            <translation>Unlocked (Ctrl+L locks)</translation>
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Støttetimer</source>
            <translation>Support hours</translation>
        </message>
        <message>
            <source>Budgettet sættes under Rediger forløb; hvert møde kan registrere de brugte støttetimer (jobcoach, mentor, klippekort).</source>
            <translation>The budget is set under Edit case; each meeting can record the support hours used (job coach, mentor, punch card).</translation>
        </message>
        <message>
            <source>Støtteform:</source>
            <translation>Kind of support:</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>Budget:</translation>
        </message>
        <message>
            <source>Brugt (fra møderne):</source>
            <translation>Used (from the meetings):</translation>
        </message>
        <message>
            <source>Tilbage:</source>
            <translation>Left:</translation>
        </message>
        <message>
            <source>Overdragelser til og fra andre enheder</source>
            <translation>Transfers to and from other units</translation>
        </message>
        <message>
            <source>Overdragelser</source>
            <translation>Transfers</translation>
        </message>
        <message>
            <source>Ny o&amp;verdragelse …</source>
            <translation>New trans&amp;fer …</translation>
        </message>
        <message>
            <source>Slet overdragelse</source>
            <translation>Delete transfer</translation>
        </message>
        <message>
            <source>%1 timer</source>
            <translation>%1 hours</translation>
        </message>
        <message>
            <source>intet budget</source>
            <translation>no budget</translation>
        </message>
        <message>
            <source>%1 timer ved %2 møder</source>
            <translation>%1 hours at %2 meetings</translation>
        </message>
        <message>
            <source>Budgettet er overskredet med %1 timer.</source>
            <translation>The budget is exceeded by %1 hours.</translation>
        </message>
        <message>
            <source>Slet overdragelsen til/fra %1?</source>
            <translation>Delete the transfer to/from %1?</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Forbindelse</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Ændringer der venter</source>
            <translation>Changes waiting</translation>
        </message>
        <message>
            <source>Seneste synkronisering</source>
            <translation>Last synchronisation</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Afviste ændringer</source>
            <translation>Refused changes</translation>
        </message>
        <message>
            <source>&amp;Synkronisér nu (F5)</source>
            <translation>&amp;Synchronise now (F5)</translation>
        </message>
        <message>
            <source>Venter:</source>
            <translation>Waiting:</translation>
        </message>
        <message>
            <source>Forbindelse:</source>
            <translation>Connection:</translation>
        </message>
        <message>
            <source>A&amp;nnullér</source>
            <translation>Ca&amp;ncel</translation>
        </message>
        <message>
            <source>Stop synkroniseringen nu. Intet går tabt: det, der ikke nåede frem, sendes næste gang.</source>
            <translation>Stop the synchronisation now. Nothing is lost: what did not get through is sent next time.</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Seneste synkronisering:</source>
            <translation>Last synchronisation:</translation>
        </message>
        <message>
            <source>Afvist af serveren:</source>
            <translation>Refused by the server:</translation>
        </message>
        <message>
            <source>Konflikter</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Løs &amp;konflikt …</source>
            <translation>Resolve con&amp;flict …</translation>
        </message>
        <message>
            <source>To har ændret den samme tekst samtidig. Se begge udgaver, og vælg eller flet den tekst, der skal gælde. Ingen tekst forsvinder, før du har valgt.</source>
            <translation>Two people changed the same text at the same time. Look at both versions, and choose or merge the text that will apply. No text disappears until you have chosen.</translation>
        </message>
        <message>
            <source>Afvist af serveren</source>
            <translation>Refused by the server</translation>
        </message>
        <message>
            <source>Historik</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Synkronisering</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Log ind på kommunens server</source>
            <translation>Log in to the municipality's server</translation>
        </message>
        <message>
            <source>Serveradresse</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>Brugernavn</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Adgangskode til serveren</source>
            <translation>Password for the server</translation>
        </message>
        <message>
            <source>Kun hvis kommunen bruger sin egen CA</source>
            <translation>Only if the municipality uses its own CA</translation>
        </message>
        <message>
            <source>CA-certifikater (valgfrit)</source>
            <translation>CA certificates (optional)</translation>
        </message>
        <message>
            <source>&amp;Vælg …</source>
            <translation>&amp;Browse …</translation>
        </message>
        <message>
            <source>&amp;Log ind</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>Se&amp;rver:</source>
            <translation>Se&amp;rver:</translation>
        </message>
        <message>
            <source>&amp;Brugernavn:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;CA-certifikater:</source>
            <translation>C&amp;A certificates:</translation>
        </message>
        <message>
            <source>aldrig</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Ikke sat op endnu</source>
            <translation>Not set up yet</translation>
        </message>
        <message>
            <source>Konflikter (%1)</source>
            <translation>Conflicts (%1)</translation>
        </message>
        <message>
            <source>Afvist af serveren (%1)</source>
            <translation>Refused by the server (%1)</translation>
        </message>
        <message>
            <source>Serveren har spærret denne computer, så der synkroniseres ikke. Dine data er bevaret på computeren.</source>
            <translation>The server has blocked this computer, so nothing is synchronised. Your data is kept on the computer.</translation>
        </message>
        <message>
            <source>Synkronisering med kommunens server er ikke sat op på denne computer endnu. Alt, du gemmer, ligger i den krypterede database på computeren, og ændringerne står i kø, så de kan sendes, når du har logget ind nedenfor.</source>
            <translation>Synchronisation with the municipality's server is not set up on this computer yet. Everything you save is kept in the encrypted database on the computer, and the changes are queued so they can be sent once you have logged in below.</translation>
        </message>
        <message>
            <source>Ændringer sendes til serveren, når der er forbindelse: når Trepart starter, med få minutters mellemrum og når du trykker F5. Alt, du gemmer, ligger sikkert i den krypterede database på computeren imens.</source>
            <translation>Changes are sent to the server whenever there is a connection: when Trepart starts, every few minutes and when you press F5. Meanwhile, everything you save is kept safe in the encrypted database on the computer.</translation>
        </message>
        <message>
            <source> i «%1»</source>
            <translation> in ‘%1’</translation>
        </message>
        <message>
            <source>Dobbeltklik eller Enter for at se begge udgaver</source>
            <translation>Double-click or press Enter to see both versions</translation>
        </message>
        <message>
            <source>Ingen konflikter.</source>
            <translation>No conflicts.</translation>
        </message>
        <message>
            <source>Serveren har ikke afvist noget.</source>
            <translation>The server has not refused anything.</translation>
        </message>
        <message>
            <source>%1 – sendt %2, hentet %3</source>
            <translation>%1 – sent %2, received %3</translation>
        </message>
        <message numerus="yes">
            <source>, %n konflikt(er)</source>
            <translation>
                <numerusform>, %n conflict</numerusform>
                <numerusform>, %n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n afvist</source>
            <translation>
                <numerusform>, %n refused</numerusform>
                <numerusform>, %n refused</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 – mislykkedes: %2</source>
            <translation>%1 – failed: %2</translation>
        </message>
        <message>
            <source>Ingen synkroniseringer endnu.</source>
            <translation>No synchronisations yet.</translation>
        </message>
        <message>
            <source>%1 afvist: %2</source>
            <translation>%1 refused: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n til</source>
            <translation>
                <numerusform>%n more</numerusform>
                <numerusform>%n more</numerusform>
            </translation>
        </message>
        <message>
            <source>
Senest %1: %2</source>
            <translation>
Latest %1: %2</translation>
        </message>
        <message>
            <source>%1 – %2: %3 (felter: %4)</source>
            <translation>%1 – %2: %3 (fields: %4)</translation>
        </message>
        <message numerus="yes">
            <source>… og %n mere</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>ikke dit team eller din adgang</source>
            <translation>not your team or your access</translation>
        </message>
        <message>
            <source>ugyldige oplysninger</source>
            <translation>invalid information</translation>
        </message>
        <message>
            <source>underskrevet og låst</source>
            <translation>signed and locked</translation>
        </message>
        <message>
            <source>kan ikke ændres, når den først er gemt</source>
            <translation>cannot be changed once saved</translation>
        </message>
        <message numerus="yes">
            <source>%n forløb</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message>
            <source>borger</source>
            <translation>citizen</translation>
        </message>
        <message>
            <source>borgere</source>
            <translation>citizens</translation>
        </message>
        <message>
            <source>virksomhed</source>
            <translation>company</translation>
        </message>
        <message>
            <source>virksomheder</source>
            <translation>companies</translation>
        </message>
        <message>
            <source>møde</source>
            <translation>meeting</translation>
        </message>
        <message>
            <source>møder</source>
            <translation>meetings</translation>
        </message>
        <message>
            <source>handling</source>
            <translation>action</translation>
        </message>
        <message>
            <source>handlinger</source>
            <translation>actions</translation>
        </message>
        <message>
            <source>aftale</source>
            <translation>agreement</translation>
        </message>
        <message>
            <source>aftaler</source>
            <translation>agreements</translation>
        </message>
        <message>
            <source>trepartsplan</source>
            <translation>trepartsplan</translation>
        </message>
        <message>
            <source>trepartsplaner</source>
            <translation>trepartsplans</translation>
        </message>
        <message>
            <source>underskrift</source>
            <translation>signature</translation>
        </message>
        <message>
            <source>underskrifter</source>
            <translation>signatures</translation>
        </message>
        <message>
            <source>samtykke</source>
            <translation>consent</translation>
        </message>
        <message>
            <source>samtykker</source>
            <translation>consents</translation>
        </message>
        <message>
            <source>opfølgning</source>
            <translation>follow-up</translation>
        </message>
        <message>
            <source>opfølgninger</source>
            <translation>follow-ups</translation>
        </message>
        <message>
            <source>konflikt</source>
            <translation>conflict</translation>
        </message>
        <message>
            <source>konflikter</source>
            <translation>conflicts</translation>
        </message>
        <message>
            <source>logpost</source>
            <translation>log entry</translation>
        </message>
        <message>
            <source>logposter</source>
            <translation>log entries</translation>
        </message>
        <message>
            <source>Vælg CA-certifikater</source>
            <translation>Choose CA certificates</translation>
        </message>
        <message>
            <source>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
        <message>
            <source>Skriv brugernavn og adgangskode til serveren.</source>
            <translation>Type the user name and password for the server.</translation>
        </message>
        <message>
            <source>Synkronisering er ikke tilgængelig i dette vindue.</source>
            <translation>Synchronisation is not available in this window.</translation>
        </message>
        <message>
            <source>Computeren er logget ind på serveren. Synkronisering startes indtil videre med kommandoen 'trepart sync'; alt, du gemmer, står i kø til den.</source>
            <translation>This computer is logged in to the server. For now, synchronisation is started with the command 'trepart sync'; everything you save is queued for it.</translation>
        </message>
    </context>
    <context>
        <name>SyncProgress</name>
        <message>
            <source>ca. %1 s tilbage</source>
            <translation>about %1 s left</translation>
        </message>
        <message>
            <source>ca. %1 min tilbage</source>
            <translation>about %1 min left</translation>
        </message>
        <message>
            <source>Sender %1 af %2</source>
            <translation>Sending %1 of %2</translation>
        </message>
        <message>
            <source>Sender %1</source>
            <translation>Sending %1</translation>
        </message>
        <message numerus="yes">
            <source>Henter %1 post(er)</source>
            <translation>
                <numerusform>Receiving %1 record</numerusform>
                <numerusform>Receiving %1 records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Henter %1 af ca. %2 post(er)</source>
            <translation>
                <numerusform>Receiving %1 of about %2 record</numerusform>
                <numerusform>Receiving %1 of about %2 records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Henter %1 af %2 post(er)</source>
            <translation>
                <numerusform>Receiving %1 of %2 record</numerusform>
                <numerusform>Receiving %1 of %2 records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>Serveren har spærret denne computer og bedt om, at dataene slettes. Alle data i Trepart på denne computer er nu slettet. Kontakt kommunens IT-afdeling, hvis du skal bruge Trepart igen.</source>
            <translation>The server has blocked this computer and asked for the data to be deleted. All Trepart data on this computer has now been deleted. Contact the municipality's IT department if you need to use Trepart again.</translation>
        </message>
        <message>
            <source>Serveren har spærret denne computer. Synkroniseringen er stoppet, men dine data er bevaret på computeren. Kontakt kommunens IT-afdeling.</source>
            <translation>The server has blocked this computer. Synchronisation has stopped, but your data is kept on the computer. Contact the municipality's IT department.</translation>
        </message>
        <message>
            <source>Synkroniserer …</source>
            <translation>Synchronising …</translation>
        </message>
        <message>
            <source>Synkroniseringen er annulleret. Intet er tabt: det, der ikke nåede frem, sendes næste gang.</source>
            <translation>The synchronisation has been cancelled. Nothing is lost: what did not get through is sent next time.</translation>
        </message>
        <message>
            <source>Serveren svarer ikke. Alt er gemt på computeren, og ændringerne sendes, når serveren svarer igen.</source>
            <translation>The server does not answer. Everything is saved on the computer, and the changes are sent when the server answers again.</translation>
        </message>
        <message>
            <source>Serveren kunne ikke nås. Alt er gemt på computeren, og ændringerne sendes, når der er forbindelse igen.</source>
            <translation>The server could not be reached. Everything is saved on the computer, and the changes are sent when there is a connection again.</translation>
        </message>
        <message>
            <source>Serveren afviste enheden: %1 Log ind igen nedenfor.</source>
            <translation>The server refused this device: %1 Log in again below.</translation>
        </message>
        <message>
            <source>Synkroniseringen fejlede.</source>
            <translation>Synchronisation failed.</translation>
        </message>
        <message>
            <source>Serveren kunne ikke nås, eller den svarede ikke. Kontrollér adressen og netværket, og prøv igen.</source>
            <translation>The server could not be reached, or it did not answer. Check the address and the network, and try again.</translation>
        </message>
        <message>
            <source>Login fejlede.</source>
            <translation>Login failed.</translation>
        </message>
        <message>
            <source>Spærret af serveren</source>
            <translation>Blocked by the server</translation>
        </message>
        <message>
            <source>Ikke forbundet til en server</source>
            <translation>Not connected to a server</translation>
        </message>
        <message>
            <source>Forbinder …</source>
            <translation>Connecting …</translation>
        </message>
        <message>
            <source>Logget ind på %1</source>
            <translation>Logged in to %1</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Offline siden kl. %1</source>
            <translation>Offline since %1</translation>
        </message>
        <message>
            <source>Offline siden %1</source>
            <translation>Offline since %1</translation>
        </message>
        <message numerus="yes">
            <source>%n ændring(er) venter på synkronisering</source>
            <translation>
                <numerusform>%n change waiting to be synchronised</numerusform>
                <numerusform>%n changes waiting to be synchronised</numerusform>
            </translation>
        </message>
        <message>
            <source>Senest synkroniseret: aldrig</source>
            <translation>Last synchronised: never</translation>
        </message>
        <message>
            <source>Senest synkroniseret: %1</source>
            <translation>Last synchronised: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncWiring</name>
        <message>
            <source>Synkronisering</source>
            <translation>Synchronisation</translation>
        </message>
        <message numerus="yes">
            <source>%n ændring(er) venter</source>
            <translation>
                <numerusform>%n change waiting</numerusform>
                <numerusform>%n changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n uløst(e) konflikt(er)</source>
            <translation>
                <numerusform>, %n unresolved conflict</numerusform>
                <numerusform>, %n unresolved conflicts</numerusform>
            </translation>
        </message>
        <message>
            <source> (Alt+5)</source>
            <translation> (Alt+5)</translation>
        </message>
        <message>
            <source>Synkroniseret: sendt %1, hentet %2</source>
            <translation>Synchronised: sent %1, received %2</translation>
        </message>
        <message numerus="yes">
            <source>, %n ny(e) konflikt(er)</source>
            <translation>
                <numerusform>, %n new conflict</numerusform>
                <numerusform>, %n new conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n afvist</source>
            <translation>
                <numerusform>, %n refused</numerusform>
                <numerusform>, %n refused</numerusform>
            </translation>
        </message>
        <message>
            <source>Synkronisering annulleret</source>
            <translation>Synchronisation cancelled</translation>
        </message>
        <message>
            <source>Synkronisering stoppet</source>
            <translation>Synchronisation stopped</translation>
        </message>
        <message>
            <source>Computeren er spærret</source>
            <translation>This computer is blocked</translation>
        </message>
        <message>
            <source>Dataene er slettet</source>
            <translation>The data has been deleted</translation>
        </message>
    </context>
    <context>
        <name>TimeEdit</name>
        <message>
            <source>tt:mm</source>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>%1: skriv et klokkeslæt som tt:mm.</source>
            <translation>%1: write a time as hh:mm.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>I dag</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>M&amp;ine</translation>
        </message>
        <message>
            <source>Forløb, hvor du er konsulent eller mentor</source>
            <translation>Cases where you are the consultant or a mentor</translation>
        </message>
        <message>
            <source>T&amp;eamet</source>
            <translation>T&amp;eam</translation>
        </message>
        <message>
            <source>Alle teamets forløb</source>
            <translation>All the team's cases</translation>
        </message>
        <message>
            <source>Til &amp;kalender …</source>
            <translation>To calend&amp;ar …</translation>
        </message>
        <message>
            <source>Gem det valgte møde eller den valgte opfølgning som kalenderfil (.ics)</source>
            <translation>Save the selected meeting or follow-up as a calendar file (.ics)</translation>
        </message>
        <message>
            <source>Kalenderfi&amp;l …</source>
            <translation>Calendar fi&amp;le …</translation>
        </message>
        <message>
            <source>Gem alle dine kommende møder og opfølgninger i én kalenderfil (.ics)</source>
            <translation>Save all your upcoming meetings and follow-ups in one calendar file (.ics)</translation>
        </message>
        <message>
            <source>&amp;Opdatér</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Hent listerne igen (F5)</source>
            <translation>Reload the lists (F5)</translation>
        </message>
        <message>
            <source>Møder i dag</source>
            <translation>Meetings today</translation>
        </message>
        <message>
            <source>Møder de næste 7 dage</source>
            <translation>Meetings in the next 7 days</translation>
        </message>
        <message>
            <source>Opfølgninger</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Handlinger over frist og denne uge</source>
            <translation>Actions overdue and due this week</translation>
        </message>
        <message>
            <source>&amp;Fortryd</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Markér handlingen som ikke udført igen</source>
            <translation>Mark the action as not done again</translation>
        </message>
        <message>
            <source>Handlinger: %1 over frist, %2 denne uge</source>
            <translation>Actions: %1 overdue, %2 this week</translation>
        </message>
        <message>
            <source>Markeret som udført: %1</source>
            <translation>Marked as done: %1</translation>
        </message>
        <message>
            <source>Kalenderfiler (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
        <message>
            <source>Gem som kalenderfil</source>
            <translation>Save as calendar file</translation>
        </message>
        <message>
            <source>Kalenderfilen er gemt: %1</source>
            <translation>The calendar file is saved: %1</translation>
        </message>
        <message>
            <source>Gem dine møder som kalenderfil</source>
            <translation>Save your meetings as a calendar file</translation>
        </message>
        <message numerus="yes">
            <source>%n møde(r) og opfølgning(er) gemt i %1</source>
            <translation>
                <numerusform>%n meeting or follow-up saved in %1</numerusform>
                <numerusform>%n meetings and follow-ups saved in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Kalenderfilen kunne ikke gemmes. Vælg en anden mappe, og prøv igen.</source>
            <translation>The calendar file could not be saved. Choose another folder and try again.</translation>
        </message>
        <message>
            <source>Ingen møder i dag.</source>
            <translation>No meetings today.</translation>
        </message>
        <message>
            <source>&amp;Registrér møde</source>
            <translation>Record &amp;meeting</translation>
        </message>
        <message>
            <source>Opret mødet, der registrerer den valgte opfølgning</source>
            <translation>Create the meeting that records the selected follow-up</translation>
        </message>
        <message>
            <source>Markér som &amp;udført</source>
            <translation>Mark as &amp;done</translation>
        </message>
        <message>
            <source>I dag – %1</source>
            <translation>Today – %1</translation>
        </message>
        <message>
            <source>Møder i dag (%1)</source>
            <translation>Meetings today (%1)</translation>
        </message>
        <message>
            <source>De næste 7 dage (%1)</source>
            <translation>The next 7 days (%1)</translation>
        </message>
        <message>
            <source>Opfølgninger der skal holdes (%1)</source>
            <translation>Follow-ups due (%1)</translation>
        </message>
    </context>
    <context>
        <name>TodayReminder</name>
        <message>
            <source>Påmindelse om dagens møder</source>
            <translation>Reminder of today's meetings</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Luk påmindelsen</source>
            <translation>Close the reminder</translation>
        </message>
        <message>
            <source>Dagens møder (%1)</source>
            <translation>Today's meetings (%1)</translation>
        </message>
        <message>
            <source>Næste møde (planlagt)</source>
            <translation>Next meeting (planned)</translation>
        </message>
        <message>
            <source>sted ikke angivet</source>
            <translation>no place given</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Ny overdragelse</source>
            <translation>New transfer</translation>
        </message>
        <message>
            <source>Rediger overdragelse</source>
            <translation>Edit transfer</translation>
        </message>
        <message>
            <source>Borgeren har ingen registrerede samtykker.</source>
            <translation>The citizen has no recorded consents.</translation>
        </message>
    </context>
    <context>
        <name>TransferModel</name>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Retning</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Anden enhed</source>
            <translation>Other unit</translation>
        </message>
        <message>
            <source>Hvad blev delt</source>
            <translation>What was shared</translation>
        </message>
        <message>
            <source>På samtykke</source>
            <translation>On consent</translation>
        </message>
    </context>
    <context>
        <name>UnlockPanel</name>
        <message>
            <source>Trepart er låst</source>
            <translation>Trepart is locked</translation>
        </message>
        <message>
            <source>Lås Trepart op</source>
            <translation>Unlock Trepart</translation>
        </message>
        <message>
            <source>Skriv din adgangskode for at åbne dine forløb. Dataene er krypteret på denne computer.</source>
            <translation>Type your password to open your cases. The data is encrypted on this computer.</translation>
        </message>
        <message>
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Lås op</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Datamappe: %1</source>
            <translation>Data folder: %1</translation>
        </message>
        <message>
            <source>Skriv din adgangskode.</source>
            <translation>Type your password.</translation>
        </message>
        <message>
            <source>Låser op …</source>
            <translation>Unlocking …</translation>
        </message>
        <message>
            <source>Der opstod en fejl under oplåsningen.</source>
            <translation>An error occurred while unlocking.</translation>
        </message>
        <message numerus="yes">
            <source>For mange forkerte forsøg. Prøv igen om %n sekund(er).</source>
            <translation>
                <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
                <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Du kan prøve igen nu.</source>
            <translation>You can try again now.</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <source>Trepart</source>
            <translation>Trepart</translation>
        </message>
    </context>
    <context>
        <name>VerdictBox</name>
        <message>
            <source>Evaluering af praktikken</source>
            <translation>Evaluation of the praktik</translation>
        </message>
        <message>
            <source>Klarer borgeren opgaverne, har virksomheden gavn af praktikken, og virker skånehensynene? Næste skridt afgør, hvad der står i beslutningerne.</source>
            <translation>Does the citizen manage the tasks, does the company benefit from the praktik, and are the skånehensyn working? The next step decides what goes into the decisions.</translation>
        </message>
        <message>
            <source>Planens aftalte konsekvens: %1</source>
            <translation>The plan's agreed consequence: %1</translation>
        </message>
        <message>
            <source>Forløbet har ingen trepartsplan med en aftalt konsekvens.</source>
            <translation>The case has no trepartsplan with an agreed consequence.</translation>
        </message>
        <message>
            <source>Brug i beslutningerne</source>
            <translation>Use in the decisions</translation>
        </message>
        <message>
            <source>Sæt planens aftalte konsekvens ind i mødets beslutninger</source>
            <translation>Put the plan's agreed consequence into the meeting's decisions</translation>
        </message>
    </context>
    <context>
        <name>WaitingApplicationStrip</name>
        <message>
            <source>%1 dage</source>
            <translation>%1 days</translation>
        </message>
        <message>
            <source> og %1 flere (se fanen Ordninger på forløbet)</source>
            <translation> and %1 more (see the case's Fast track tab)</translation>
        </message>
        <message>
            <source>Venter i det hurtige spor i mere end %1 dage (%2):</source>
            <translation>Waiting in the fast track for more than %1 days (%2):</translation>
        </message>
        <message>
            <source>Ordninger, der venter for længe</source>
            <translation>Schemes waiting too long</translation>
        </message>
    </context>
    <context>
        <name>WishList</name>
        <message>
            <source>&amp;Tilføj punkt</source>
            <translation>&amp;Add entry</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Slags arbejde</source>
            <translation>Kind of work</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>WishRow</name>
        <message>
            <source>(ingen bestemt virksomhed)</source>
            <translation>(no particular company)</translation>
        </message>
        <message>
            <source>Slags arbejde, fx lager</source>
            <translation>Kind of work, e.g. warehouse</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Drøm</source>
            <translation>Dream</translation>
        </message>
        <message>
            <source>Punkt %1: virksomhed</source>
            <translation>Entry %1: company</translation>
        </message>
        <message>
            <source>Punkt %1: slags arbejde</source>
            <translation>Entry %1: kind of work</translation>
        </message>
        <message>
            <source>Punkt %1: status</source>
            <translation>Entry %1: status</translation>
        </message>
        <message>
            <source>Punkt %1: dato for status</source>
            <translation>Entry %1: date of the status</translation>
        </message>
        <message>
            <source>Punkt %1: note</source>
            <translation>Entry %1: note</translation>
        </message>
        <message>
            <source>Flyt punkt %1 op</source>
            <translation>Move entry %1 up</translation>
        </message>
        <message>
            <source>Fjern punkt %1</source>
            <translation>Remove entry %1</translation>
        </message>
        <message>
            <source>Punkt %1: skriv datoen som dd.mm.åååå.</source>
            <translation>Entry %1: write the date as dd.mm.yyyy.</translation>
        </message>
    </context>
    <context>
        <name>WishesDialog</name>
        <message>
            <source>Borgerens egen liste</source>
            <translation>The citizen's own list</translation>
        </message>
        <message>
            <source>3–5 virksomheder eller slags arbejde, borgeren kan se sig selv i. Begynd med det arbejde, borgeren drømmer om: det første punkt er drømmen. Listen kommer aldrig på virksomhedens eller jobcentrets eksemplar.</source>
            <translation>3–5 companies or kinds of work the citizen can see themselves in. Start with the work the citizen dreams of: the first entry is the dream. The list never goes on the company's or the job centre's copy.</translation>
        </message>
    </context>
    <context>
        <name>WishesPanel</name>
        <message>
            <source>Borgerens egen liste: de virksomheder eller slags arbejde, borgeren selv peger på, med drømmen først. Brug den, når du planlægger kontakten til virksomheder.</source>
            <translation>The citizen's own list: the companies or kinds of work the citizen points to, the dream first. Use it when you plan the contact with companies.</translation>
        </message>
        <message>
            <source>Borgerens egen liste</source>
            <translation>The citizen's own list</translation>
        </message>
        <message>
            <source>&amp;Udfyld listen …</source>
            <translation>&amp;Fill in the list …</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der føres ingen egen liste.</source>
            <translation>The case is in the reference group: no own list is kept.</translation>
        </message>
        <message>
            <source>Listen er tom.</source>
            <translation>The list is empty.</translation>
        </message>
        <message>
            <source>Listen kommer med på borgerens kopi af aftalen.</source>
            <translation>The list goes on the citizen's copy of the agreement.</translation>
        </message>
        <message>
            <source>Listen kommer ikke med på borgerens kopi af aftalen.</source>
            <translation>The list does not go on the citizen's copy of the agreement.</translation>
        </message>
    </context>
    <context>
        <name>WorkplaceList</name>
        <message>
            <source>Tilføj arbej&amp;dssted</source>
            <translation>Add &amp;workplace</translation>
        </message>
    </context>
    <context>
        <name>WorkplaceRow</name>
        <message>
            <source>Arbejdssted</source>
            <translation>Workplace</translation>
        </message>
        <message>
            <source>P-nummer (10 cifre)</source>
            <translation>P-number (10 digits)</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Postnr.</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Arbejdssted %1: %2</source>
            <translation>Workplace %1: %2</translation>
        </message>
        <message>
            <source>Fjern arbejdssted %1</source>
            <translation>Remove workplace %1</translation>
        </message>
    </context>
    <context>
        <name>YesNoBox</name>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nej</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Ved ikke</source>
            <translation>Don't know</translation>
        </message>
    </context>
    <context>
        <name>_Tr</name>
        <message>
            <source>Timerne passer (%1 t/uge, borgeren kan %2)</source>
            <translation>The hours fit (%1 h/week, the citizen can manage %2)</translation>
        </message>
        <message>
            <source>Flere timer end borgeren kan (%1 t/uge mod %2)</source>
            <translation>More hours than the citizen can manage (%1 h/week against %2)</translation>
        </message>
        <message>
            <source>Ingen krav rammer funktioner i screeningen</source>
            <translation>No demand hits a function marked in the screening</translation>
        </message>
        <message>
            <source>Skånehensyn tilbydes: %1</source>
            <translation>Accommodations offered: %1</translation>
        </message>
        <message>
            <source>Skånehensyn tilbydes ikke: %1</source>
            <translation>Accommodations not offered: %1</translation>
        </message>
        <message>
            <source>På borgerens egen liste</source>
            <translation>On the citizen's own list</translation>
        </message>
        <message>
            <source>Borgerens drømmevirksomhed</source>
            <translation>The citizen's dream company</translation>
        </message>
        <message>
            <source>Passer med ønsket «%1»</source>
            <translation>Fits the wish “%1”</translation>
        </message>
        <message>
            <source>Samme postnummer (%1)</source>
            <translation>Same postcode (%1)</translation>
        </message>
        <message>
            <source>Samme område (%1 og %2)</source>
            <translation>Same area (%1 and %2)</translation>
        </message>
        <message>
            <source>Samme landsdel (%1 og %2)</source>
            <translation>Same part of the country (%1 and %2)</translation>
        </message>
        <message>
            <source>Langt væk (%1 og %2)</source>
            <translation>Far apart (%1 and %2)</translation>
        </message>
        <message>
            <source>Borgeren har ingen screening: funktioner kan ikke vurderes</source>
            <translation>The citizen has no screening: functions cannot be weighed</translation>
        </message>
        <message>
            <source>Borgeren har ingen egen liste (ønskeliste)</source>
            <translation>The citizen has no own list (wish list)</translation>
        </message>
        <message>
            <source>Borgerens timer pr. uge er ikke kendt (ingen aftale, plan eller møde)</source>
            <translation>The citizen's hours per week are not known (no agreement, plan or meeting)</translation>
        </message>
        <message>
            <source>Borgeren har intet forløb i teamet</source>
            <translation>The citizen has no case in the team</translation>
        </message>
        <message>
            <source>%1 borger(e) uden screening og egen liste er ikke med</source>
            <translation>%1 citizen(s) without a screening or own list are not included</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Trepart</source>
            <translation>Trepart</translation>
        </message>
    </context>
    <context>
        <name>edit</name>
        <message>
            <source>fx 12</source>
            <translation>e.g. 12</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Forkert adgangskode.</source>
            <translation>Wrong password.</translation>
        </message>
        <message>
            <source>Trepart har allerede dataene i %1 åbne i et andet vindue. Luk det andet vindue og prøv igen.</source>
            <translation>Trepart already has the data in %1 open in another window. Close the other window and try again.</translation>
        </message>
        <message>
            <source>Filen kunne ikke læses eller skrives (%1).</source>
            <translation>The file could not be read or written (%1).</translation>
        </message>
        <message numerus="yes">
            <source>For mange forkerte forsøg. Prøv igen om %n sekund(er).</source>
            <translation>
                <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
                <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Trepart</source>
            <translation>Trepart</translation>
        </message>
        <message>
            <source>Der opstod en uventet fejl. Det, du har gemt, er ikke gået tabt, og åbne formularer gemmes løbende som kladder.</source>
            <translation>An unexpected error occurred. Nothing you saved is lost, and open forms are kept as drafts as you type.</translation>
        </message>
        <message>
            <source>(ingen logfil)</source>
            <translation>(no log file)</translation>
        </message>
        <message>
            <source>Hvis fejlen gentager sig, så send logfilen til IT:
%1</source>
            <translation>If the error happens again, send the log file to IT:
%1</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>Adgangskode ændret</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Afbrudt</source>
            <translation>Interrupted</translation>
        </message>
        <message>
            <source>Afgjort</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Afsluttet</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Afslået</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Aftale om skånehensyn</source>
            <translation>Skånehensyn agreement</translation>
        </message>
        <message>
            <source>Aftalen om skånehensyn deles med mentor</source>
            <translation>The accommodations agreement is shared with the mentor</translation>
        </message>
        <message>
            <source>Aftalt konsekvens</source>
            <translation>Agreed consequence</translation>
        </message>
        <message>
            <source>Aktiv</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Anden</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Anden enhed</source>
            <translation>Other unit</translation>
        </message>
        <message>
            <source>Anden tekst</source>
            <translation>Other text</translation>
        </message>
        <message>
            <source>Andet</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Andet job</source>
            <translation>Other job</translation>
        </message>
        <message>
            <source>Ansat</source>
            <translation>Employed</translation>
        </message>
        <message>
            <source>Ansat i fleksjob</source>
            <translation>Employed in flexible job</translation>
        </message>
        <message>
            <source>Ansættelse i et antal timer</source>
            <translation>Hire for a number of hours</translation>
        </message>
        <message>
            <source>Ansættelse i timer pr. uge</source>
            <translation>Hire for hours per week</translation>
        </message>
        <message>
            <source>Antal ansatte</source>
            <translation>Number of employees</translation>
        </message>
        <message>
            <source>Antal dele</source>
            <translation>Number of parts</translation>
        </message>
        <message>
            <source>Arbejde hjemmefra</source>
            <translation>Working from home</translation>
        </message>
        <message>
            <source>Arbejdsredskaber og hjælpemidler</source>
            <translation>Work tools and aids</translation>
        </message>
        <message>
            <source>Arbejdssteder</source>
            <translation>Workplaces</translation>
        </message>
        <message>
            <source>At sidde stille længe</source>
            <translation>Sitting still for long</translation>
        </message>
        <message>
            <source>At stå eller gå længe</source>
            <translation>Standing or walking for long</translation>
        </message>
        <message>
            <source>Barrierer</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <source>Behov</source>
            <translation>Need</translation>
        </message>
        <message>
            <source>Behov konstateret</source>
            <translation>Need identified</translation>
        </message>
        <message>
            <source>Besat</source>
            <translation>Filled</translation>
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Beskyttet beskæftigelse i en almindelig virksomhed</source>
            <translation>Sheltered employment in an ordinary company</translation>
        </message>
        <message>
            <source>Beslutninger</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Besvaret</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Betegnelse</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Bevilget</source>
            <translation>Granted</translation>
        </message>
        <message>
            <source>Bilag</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Bilagsdel</source>
            <translation>Attachment part</translation>
        </message>
        <message>
            <source>Bland store og små bogstaver, tal eller tegn.</source>
            <translation>Mix upper and lower case letters, digits or symbols.</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Borgerens / virksomhedens bemærkninger</source>
            <translation>Comments of the citizen / company</translation>
        </message>
        <message>
            <source>Borgerens egen liste</source>
            <translation>The citizen's own list</translation>
        </message>
        <message>
            <source>Branche</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Brug mindst 10 tegn.</source>
            <translation>Use at least 10 characters.</translation>
        </message>
        <message>
            <source>Bruger</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Brugte støttetimer</source>
            <translation>Support hours used</translation>
        </message>
        <message>
            <source>Budget, støttetimer</source>
            <translation>Budget, support hours</translation>
        </message>
        <message>
            <source>CPR-nummer</source>
            <translation>CPR number</translation>
        </message>
        <message>
            <source>CVR-nummer</source>
            <translation>CVR number</translation>
        </message>
        <message>
            <source>Cirkulær økonomi</source>
            <translation>Circular economy</translation>
        </message>
        <message>
            <source>Dagpenge</source>
            <translation>Unemployment benefit</translation>
        </message>
        <message>
            <source>Dagsorden</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Databasenøgle udleveret</source>
            <translation>Database key handed out</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Delmål</source>
            <translation>Sub-goals</translation>
        </message>
        <message>
            <source>Deltagere</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Delvist</source>
            <translation>Partly</translation>
        </message>
        <message>
            <source>Detaljer</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Din egen kommentar</source>
            <translation>Your own comment</translation>
        </message>
        <message>
            <source>Dokument</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Dokumenttype</source>
            <translation>Document type</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Efterværn</source>
            <translation>Efterværn (aftercare)</translation>
        </message>
        <message>
            <source>Efterværnskadence</source>
            <translation>Efterværn cadence</translation>
        </message>
        <message>
            <source>Eksporteret</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Ekstra pauser</source>
            <translation>Extra breaks</translation>
        </message>
        <message>
            <source>En sætning på flere ord er både stærk og let at huske.</source>
            <translation>A sentence of several words is both strong and easy to remember.</translation>
        </message>
        <message>
            <source>Enhed</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Erstatter</source>
            <translation>Supersedes</translation>
        </message>
        <message>
            <source>Erstattet af ny version</source>
            <translation>Superseded by a new version</translation>
        </message>
        <message>
            <source>Evalueringskriterier</source>
            <translation>Evaluation criteria</translation>
        </message>
        <message>
            <source>Fagforening</source>
            <translation>Union</translation>
        </message>
        <message>
            <source>Faktiske timer pr. uge</source>
            <translation>Actual hours per week</translation>
        </message>
        <message>
            <source>Faste opgaver og rutiner</source>
            <translation>Fixed tasks and routines</translation>
        </message>
        <message>
            <source>Fastholdelsesopfølgning</source>
            <translation>Retention follow-up</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Filnavn</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>Filtype</source>
            <translation>File type</translation>
        </message>
        <message>
            <source>Finmotorik og brug af hænderne</source>
            <translation>Fine motor skills, hands</translation>
        </message>
        <message>
            <source>Fleksibelt mødetidspunkt</source>
            <translation>Flexible start time</translation>
        </message>
        <message>
            <source>Fleksjob</source>
            <translation>Flexible job</translation>
        </message>
        <message>
            <source>Forlæng</source>
            <translation>Extend</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Forløb oprettet</source>
            <translation>Case opened</translation>
        </message>
        <message>
            <source>Formål</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Forrige posts SHA-256</source>
            <translation>SHA-256 of the previous entry</translation>
        </message>
        <message>
            <source>Fortrinsadgang</source>
            <translation>Priority access</translation>
        </message>
        <message>
            <source>Fortsat ledig</source>
            <translation>Still unemployed</translation>
        </message>
        <message>
            <source>Fortsæt</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Fra jobcentret</source>
            <translation>From the jobcentre</translation>
        </message>
        <message>
            <source>Fredag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Fremmøde</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Fridage i løbet af ugen</source>
            <translation>Days off during the week</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Fritagelse for bestemte opgaver</source>
            <translation>Exemption from certain tasks</translation>
        </message>
        <message>
            <source>Funktioner der påvirkes</source>
            <translation>Functions affected</translation>
        </message>
        <message>
            <source>Funktionsbegrænsninger</source>
            <translation>Functional limitations</translation>
        </message>
        <message>
            <source>Fælles udgangspunkt</source>
            <translation>Common starting point</translation>
        </message>
        <message>
            <source>Førtidspension</source>
            <translation>Disability pension</translation>
        </message>
        <message>
            <source>Givet</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Gældende tekst</source>
            <translation>Current text</translation>
        </message>
        <message>
            <source>Gælder fra</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Gælder til</source>
            <translation>Valid to</translation>
        </message>
        <message>
            <source>Handicaprådet</source>
            <translation>The disability council</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Handlinger</source>
            <translation>Action items</translation>
        </message>
        <message>
            <source>Har virksomheden gavn af praktikken?</source>
            <translation>Does the company benefit from the placement?</translation>
        </message>
        <message>
            <source>Helbredsnoter</source>
            <translation>Health notes</translation>
        </message>
        <message>
            <source>Helbredsnoter (kun jobcenter)</source>
            <translation>Health notes (job centre only)</translation>
        </message>
        <message>
            <source>Helbredsoplysninger (fx lægeerklæring)</source>
            <translation>Health information (e.g. a medical certificate)</translation>
        </message>
        <message>
            <source>Hjemmel</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Hjælpemidler</source>
            <translation>Aids</translation>
        </message>
        <message>
            <source>Hos virksomheden</source>
            <translation>At the company</translation>
        </message>
        <message>
            <source>Hvad</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Hvad blev delt</source>
            <translation>What was shared</translation>
        </message>
        <message>
            <source>Hvad har hjulpet før</source>
            <translation>What helped before</translation>
        </message>
        <message>
            <source>Hvad må deles</source>
            <translation>What may be shared</translation>
        </message>
        <message>
            <source>Hvem har bolden</source>
            <translation>Who holds the ball</translation>
        </message>
        <message>
            <source>Hvem ringer man til</source>
            <translation>Whom to call</translation>
        </message>
        <message>
            <source>Hvor godt klarer du dine timer?</source>
            <translation>How well do you manage your hours?</translation>
        </message>
        <message>
            <source>Hvor sikker er du på, at du kan arbejde?</source>
            <translation>How sure are you that you can work?</translation>
        </message>
        <message>
            <source>Hvordan har du det for tiden?</source>
            <translation>How are you at the moment?</translation>
        </message>
        <message>
            <source>Hvordan vurderer du selv dit forløb?</source>
            <translation>How do you rate your course yourself?</translation>
        </message>
        <message>
            <source>Højt tempo og tidspres</source>
            <translation>High pace and time pressure</translation>
        </message>
        <message>
            <source>I dialog</source>
            <translation>In dialogue</translation>
        </message>
        <message>
            <source>Ikke kontaktet</source>
            <translation>Not contacted</translation>
        </message>
        <message>
            <source>Ikke relevant</source>
            <translation>Not relevant</translation>
        </message>
        <message>
            <source>Ikke vurderet</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>Indhold (base64)</source>
            <translation>Content (base64)</translation>
        </message>
        <message>
            <source>Indholdets SHA-256</source>
            <translation>SHA-256 of the content</translation>
        </message>
        <message>
            <source>Indledende møde</source>
            <translation>Initial meeting</translation>
        </message>
        <message>
            <source>Indmeldt</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>Ingen tunge løft</source>
            <translation>No heavy lifting</translation>
        </message>
        <message>
            <source>Isbryderordning</source>
            <translation>Icebreaker scheme</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Job</translation>
        </message>
        <message>
            <source>Jobcenter</source>
            <translation>Job centre</translation>
        </message>
        <message>
            <source>Jobcoach</source>
            <translation>Job coach</translation>
        </message>
        <message>
            <source>Jobstart</source>
            <translation>Job start</translation>
        </message>
        <message>
            <source>Jobstatus</source>
            <translation>Job status</translation>
        </message>
        <message>
            <source>Kladde</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Klarer borgeren opgaverne?</source>
            <translation>Does the citizen manage the tasks?</translation>
        </message>
        <message>
            <source>Klippekort</source>
            <translation>Punch card of hours</translation>
        </message>
        <message>
            <source>Kompenserende ordning</source>
            <translation>Compensation scheme</translation>
        </message>
        <message>
            <source>Koncentration over længere tid</source>
            <translation>Concentrating for long</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Konsulent</source>
            <translation>Consultant</translation>
        </message>
        <message>
            <source>Kontakt til egen læge (retssikkerhedsloven § 11 a)</source>
            <translation>Contact with the citizen's doctor (Legal Protection Act § 11 a)</translation>
        </message>
        <message>
            <source>Kontaktet</source>
            <translation>Contacted</translation>
        </message>
        <message>
            <source>Kontaktform</source>
            <translation>Kind of contact</translation>
        </message>
        <message>
            <source>Kontaktpersoner</source>
            <translation>Contact persons</translation>
        </message>
        <message>
            <source>Kontanthjælp</source>
            <translation>Social assistance</translation>
        </message>
        <message>
            <source>Krav i opgaverne</source>
            <translation>Demands of the tasks</translation>
        </message>
        <message>
            <source>Kørsel i arbejdet</source>
            <translation>Driving at work</translation>
        </message>
        <message>
            <source>Lavere tempo</source>
            <translation>Slower pace</translation>
        </message>
        <message>
            <source>Ledig</source>
            <translation>Unemployed</translation>
        </message>
        <message>
            <source>Ledighedsydelse</source>
            <translation>Unemployment allowance</translation>
        </message>
        <message>
            <source>Listen med på borgerens kopi</source>
            <translation>The list on the citizen's copy</translation>
        </message>
        <message>
            <source>Logpost</source>
            <translation>Log entry</translation>
        </message>
        <message>
            <source>Lovgrundlag</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Lukket</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Låst op</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <source>Læse og skrive</source>
            <translation>Reading and writing</translation>
        </message>
        <message>
            <source>Løntilskud</source>
            <translation>Wage subsidy</translation>
        </message>
        <message>
            <source>Lørdag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Løst</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Mandag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Mange mennesker og kundekontakt</source>
            <translation>Many people and customer contact</translation>
        </message>
        <message>
            <source>Med hvem</source>
            <translation>With whom</translation>
        </message>
        <message>
            <source>Medlemstype</source>
            <translation>Kind of member</translation>
        </message>
        <message>
            <source>Meget stærk</source>
            <translation>Very strong</translation>
        </message>
        <message>
            <source>Meget svag</source>
            <translation>Very weak</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Mentorer</source>
            <translation>Mentors</translation>
        </message>
        <message>
            <source>Mentorstøtte</source>
            <translation>Mentor support</translation>
        </message>
        <message>
            <source>Mentortimer pr. uge</source>
            <translation>Mentor hours per week</translation>
        </message>
        <message>
            <source>Middel</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Midlertidigt job</source>
            <translation>Temporary job</translation>
        </message>
        <message>
            <source>Midtvejsevaluering</source>
            <translation>Midway evaluation</translation>
        </message>
        <message>
            <source>Midtvejsopfølgning</source>
            <translation>Midway follow-up</translation>
        </message>
        <message>
            <source>Mindre arbejdspladsindretning</source>
            <translation>Minor workplace adaptation</translation>
        </message>
        <message>
            <source>Modtager offentlig forsørgelse</source>
            <translation>Receives public benefits</translation>
        </message>
        <message>
            <source>Modtaget fra</source>
            <translation>Received from</translation>
        </message>
        <message>
            <source>Mundtligt</source>
            <translation>Orally</translation>
        </message>
        <message>
            <source>Måde</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Mål</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Mål: andel cirkulær økonomi (%)</source>
            <translation>Target: share of circular economy (%)</translation>
        </message>
        <message>
            <source>Mål: antal virksomheder</source>
            <translation>Target: number of companies</translation>
        </message>
        <message>
            <source>Mål: borgere i job</source>
            <translation>Target: citizens into jobs</translation>
        </message>
        <message>
            <source>Mål: borgere i projektet</source>
            <translation>Target: citizens in the project</translation>
        </message>
        <message>
            <source>Mål: fastholdt efter 6 måneder (%)</source>
            <translation>Target: retained after 6 months (%)</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Møde</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Mødetype</source>
            <translation>Meeting type</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Nedsat arbejdstid</source>
            <translation>Reduced hours</translation>
        </message>
        <message>
            <source>Nej</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Netværk</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Netværksmedlem</source>
            <translation>Network member</translation>
        </message>
        <message>
            <source>Netværksmøde</source>
            <translation>Network meeting</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Noter</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Næste kontakt</source>
            <translation>Next contact</translation>
        </message>
        <message>
            <source>Næste møde</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <source>Næste skridt</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Onsdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Opfølgning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Opgaver</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Opgaver der ikke indgår</source>
            <translation>Tasks not included</translation>
        </message>
        <message>
            <source>Opgaver der indgår</source>
            <translation>Tasks included</translation>
        </message>
        <message>
            <source>Opkald</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Oprettet</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Ordinær ansættelse med efterværn</source>
            <translation>Ordinary employment with efterværn</translation>
        </message>
        <message>
            <source>Ordinært job</source>
            <translation>Ordinary job</translation>
        </message>
        <message>
            <source>Ordning</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>Overdragelse</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Overdraget til</source>
            <translation>Handed to</translation>
        </message>
        <message>
            <source>P-nummer</source>
            <translation>P-number</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Parter</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Parternes forpligtelser</source>
            <translation>The parties' commitments</translation>
        </message>
        <message>
            <source>Personlig assistance</source>
            <translation>Personal assistance</translation>
        </message>
        <message>
            <source>Personlig assistance, timer pr. uge</source>
            <translation>Personal assistance, hours per week</translation>
        </message>
        <message>
            <source>Planlagt</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Planlagte timer pr. uge</source>
            <translation>Planned hours per week</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Postens SHA-256</source>
            <translation>SHA-256 of the entry</translation>
        </message>
        <message>
            <source>Postnummer (arbejdssted)</source>
            <translation>Postcode (workplace)</translation>
        </message>
        <message>
            <source>Posttype</source>
            <translation>Record type</translation>
        </message>
        <message>
            <source>Praktik</source>
            <translation>Work placement</translation>
        </message>
        <message>
            <source>Projekt</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Projektgruppe</source>
            <translation>Project group</translation>
        </message>
        <message>
            <source>På papir</source>
            <translation>On paper</translation>
        </message>
        <message>
            <source>På samtykke</source>
            <translation>On consent</translation>
        </message>
        <message>
            <source>Påvirker en fysisk eller psykisk funktionsnedsættelse, hvilke job eller timer du kan tage?</source>
            <translation>Does a physical or mental impairment affect which jobs or hours you can take?</translation>
        </message>
        <message>
            <source>Referat</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Referencegruppe</source>
            <translation>Reference group</translation>
        </message>
        <message>
            <source>Registreret ved møde</source>
            <translation>Recorded at meeting</translation>
        </message>
        <message>
            <source>Ressourceforløb</source>
            <translation>Resource course</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Retning</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Revalidering</source>
            <translation>Rehabilitation</translation>
        </message>
        <message>
            <source>Revurderes</source>
            <translation>Review date</translation>
        </message>
        <message>
            <source>Roligt arbejdssted</source>
            <translation>Quiet workplace</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Samme job</source>
            <translation>Same job</translation>
        </message>
        <message>
            <source>Samtykke</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Samtykke til</source>
            <translation>Consent to</translation>
        </message>
        <message>
            <source>Samtykke til at registrere svarene</source>
            <translation>Consent to record the answers</translation>
        </message>
        <message>
            <source>Samtykke til deling</source>
            <translation>Consent to share</translation>
        </message>
        <message>
            <source>Scanning (base64)</source>
            <translation>Scan (base64)</translation>
        </message>
        <message>
            <source>Screenet</source>
            <translation>Screened</translation>
        </message>
        <message>
            <source>Screenet af</source>
            <translation>Screened by</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Screening</translation>
        </message>
        <message>
            <source>Screeningssvarene gemmes</source>
            <translation>The screening answers are stored</translation>
        </message>
        <message>
            <source>Skal søges</source>
            <translation>To be applied for</translation>
        </message>
        <message>
            <source>Skema</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>Skift og uforudsete opgaver</source>
            <translation>Changes and unexpected tasks</translation>
        </message>
        <message>
            <source>Skiftende arbejdstider og nat</source>
            <translation>Changing hours and nights</translation>
        </message>
        <message>
            <source>Skriftlige instruktioner</source>
            <translation>Written instructions</translation>
        </message>
        <message>
            <source>Skånehensyn</source>
            <translation>Skånehensyn</translation>
        </message>
        <message>
            <source>Skånehensyn virksomheden kan tilbyde</source>
            <translation>Accommodations the company can offer</translation>
        </message>
        <message>
            <source>Skånejob (løntilskud til førtidspensionister)</source>
            <translation>Sheltered job (wage subsidy for disability pensioners)</translation>
        </message>
        <message>
            <source>Slettet</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Slutdato</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Slutevaluering</source>
            <translation>Final evaluation</translation>
        </message>
        <message>
            <source>Slutopfølgning</source>
            <translation>Final follow-up</translation>
        </message>
        <message>
            <source>Slutskema</source>
            <translation>End questionnaire</translation>
        </message>
        <message>
            <source>Småjob</source>
            <translation>Small job</translation>
        </message>
        <message>
            <source>Socialøkonomi og cirkulær økonomi</source>
            <translation>Social and circular economy</translation>
        </message>
        <message>
            <source>Socialøkonomisk virksomhed</source>
            <translation>Social-economy company</translation>
        </message>
        <message>
            <source>Spørgeskema</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Startdato</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Startskema</source>
            <translation>Start questionnaire</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status i forhold til mål</source>
            <translation>Status against goals</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stærk</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>Støj, lys og uro</source>
            <translation>Noise, light and bustle</translation>
        </message>
        <message>
            <source>Størrelse (byte)</source>
            <translation>Size (bytes)</translation>
        </message>
        <message>
            <source>Støtte (mentor, hjælpemidler)</source>
            <translation>Support (mentor, aids)</translation>
        </message>
        <message>
            <source>Støtteform</source>
            <translation>Kind of support</translation>
        </message>
        <message>
            <source>Svag</source>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Sygedagpenge</source>
            <translation>Sickness benefit</translation>
        </message>
        <message>
            <source>Sygemeldt</source>
            <translation>On sick leave</translation>
        </message>
        <message>
            <source>Sådan virker skånehensynene for os</source>
            <translation>How the skånehensyn work for us</translation>
        </message>
        <message>
            <source>Sæsonarbejde</source>
            <translation>Seasonal work</translation>
        </message>
        <message>
            <source>Sæsonbehov</source>
            <translation>Seasonal need</translation>
        </message>
        <message>
            <source>Søger kandidater nu</source>
            <translation>Wants candidates now</translation>
        </message>
        <message>
            <source>Søgt</source>
            <translation>Applied for</translation>
        </message>
        <message>
            <source>Søndag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Teamleder</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Tilbagekaldt</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Tilbagekaldt den</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Timeprogression</source>
            <translation>Hours progression</translation>
        </message>
        <message>
            <source>Timer fordelt på ugedage</source>
            <translation>Hours by weekday</translation>
        </message>
        <message>
            <source>Timer pr. uge</source>
            <translation>Hours per week</translation>
        </message>
        <message>
            <source>Tirsdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Torsdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Trepartsplan</source>
            <translation>Trepartsplan</translation>
        </message>
        <message>
            <source>Tunge løft og fysisk belastning</source>
            <translation>Heavy lifting and physical strain</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Uddannelse</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Uddannelseshjælp</source>
            <translation>Education assistance</translation>
        </message>
        <message>
            <source>Udfyldt</source>
            <translation>Filled in</translation>
        </message>
        <message>
            <source>Udfyldt af borgeren selv</source>
            <translation>Filled in by the citizen</translation>
        </message>
        <message>
            <source>Udfyldt sammen med konsulenten</source>
            <translation>Filled in with the consultant</translation>
        </message>
        <message>
            <source>Udført</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Udmeldt</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Udskrevet</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Underskrevet</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Underskrevet på papir</source>
            <translation>Signed on paper</translation>
        </message>
        <message>
            <source>Underskrevet på skærmen</source>
            <translation>Signed on screen</translation>
        </message>
        <message>
            <source>Underskrift</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Underskrift (streger)</source>
            <translation>Signature (strokes)</translation>
        </message>
        <message>
            <source>Undgå almindelige ord, gentagelser og talrækker.</source>
            <translation>Avoid common words, repetitions and number sequences.</translation>
        </message>
        <message>
            <source>Ved en dårlig dag / sygdom</source>
            <translation>On a bad day / when ill</translation>
        </message>
        <message>
            <source>Ved ikke</source>
            <translation>Don't know</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Virker skånehensynene?</source>
            <translation>Are the skånehensyn working?</translation>
        </message>
        <message>
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Virksomheden ser skånehensynene</source>
            <translation>The company sees the accommodations</translation>
        </message>
        <message>
            <source>Virksomhedens interesse</source>
            <translation>The company's interest</translation>
        </message>
        <message>
            <source>Virksomhedskonsulent</source>
            <translation>Job consultant</translation>
        </message>
        <message>
            <source>Virksomhedskontakt</source>
            <translation>Company contact</translation>
        </message>
        <message>
            <source>Virksomhedsmentor</source>
            <translation>Company mentor</translation>
        </message>
        <message>
            <source>Virksomhedspraktik</source>
            <translation>Work placement</translation>
        </message>
        <message>
            <source>Vist</source>
            <translation>Viewed</translation>
        </message>
        <message>
            <source>Vist i søgeresultat</source>
            <translation>Shown in search results</translation>
        </message>
        <message>
            <source>§ 56-aftale</source>
            <translation>Section 56 agreement</translation>
        </message>
        <message>
            <source>Åben</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Åben for fleksjob</source>
            <translation>Open to flex jobs</translation>
        </message>
        <message>
            <source>Åben for praktik</source>
            <translation>Open to work placements</translation>
        </message>
        <message>
            <source>Ændret</source>
            <translation>Changed</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>'Gælder til' ligger før 'Gælder fra'.</source>
            <translation>'Valid to' is before 'Valid from'.</translation>
        </message>
        <message>
            <source>Adresse kan ikke være negativ.</source>
            <translation>Address cannot be negative.</translation>
        </message>
        <message>
            <source>Adresse må højst være %1 tegn.</source>
            <translation>Address may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Adresse skal udfyldes.</source>
            <translation>Address must be filled in.</translation>
        </message>
        <message>
            <source>Adresse skal være mellem %1 og %2.</source>
            <translation>Address must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Adresse: ugyldig værdi.</source>
            <translation>Address: invalid value.</translation>
        </message>
        <message>
            <source>Afgjort kan ikke være negativ.</source>
            <translation>Decided cannot be negative.</translation>
        </message>
        <message>
            <source>Afgjort må højst være %1 tegn.</source>
            <translation>Decided may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Afgjort skal udfyldes.</source>
            <translation>Decided must be filled in.</translation>
        </message>
        <message>
            <source>Afgjort skal være mellem %1 og %2.</source>
            <translation>Decided must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Afgjort: ugyldig værdi.</source>
            <translation>Decided: invalid value.</translation>
        </message>
        <message>
            <source>Afgørelsen ligger før ansøgningen.</source>
            <translation>The decision is dated before the application.</translation>
        </message>
        <message>
            <source>Afgørelsen ligger før behovet blev konstateret.</source>
            <translation>The decision is dated before the need was identified.</translation>
        </message>
        <message>
            <source>Aftale om skånehensyn er underskrevet og kan ikke ændres. Lav en ny version med 'Ændr aftale'.</source>
            <translation>The skånehensyn agreement is signed and cannot be changed. Make a new version with 'Change agreement'.</translation>
        </message>
        <message>
            <source>Aftalen er underskrevet og kan ikke ændres. Lav en ny version med 'Ændr aftale'.</source>
            <translation>The agreement is signed and cannot be changed. Make a new version with 'Change agreement'.</translation>
        </message>
        <message>
            <source>Aftalen mangler gyldighedsperiode (fra).</source>
            <translation>The agreement has no validity period (from).</translation>
        </message>
        <message>
            <source>Aftalen mangler hvad der sker på en dårlig dag.</source>
            <translation>The agreement does not say what happens on a bad day.</translation>
        </message>
        <message>
            <source>Aftalen mangler skånehensyn.</source>
            <translation>The agreement has no skånehensyn.</translation>
        </message>
        <message>
            <source>Aftalen mangler timer pr. uge.</source>
            <translation>The agreement has no hours per week.</translation>
        </message>
        <message>
            <source>Anden enhed kan ikke være negativ.</source>
            <translation>Other unit cannot be negative.</translation>
        </message>
        <message>
            <source>Anden enhed må højst være %1 tegn.</source>
            <translation>Other unit may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Anden enhed skal udfyldes.</source>
            <translation>Other unit must be filled in.</translation>
        </message>
        <message>
            <source>Anden enhed skal være mellem %1 og %2.</source>
            <translation>Other unit must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Anden enhed: ugyldig værdi.</source>
            <translation>Other unit: invalid value.</translation>
        </message>
        <message>
            <source>Ansættelse i timer pr. uge kan ikke være negativ.</source>
            <translation>Hire for hours per week cannot be negative.</translation>
        </message>
        <message>
            <source>Ansættelse i timer pr. uge må højst være %1 tegn.</source>
            <translation>Hire for hours per week may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Ansættelse i timer pr. uge skal udfyldes.</source>
            <translation>Hire for hours per week must be filled in.</translation>
        </message>
        <message>
            <source>Ansættelse i timer pr. uge skal være mellem %1 og %2.</source>
            <translation>Hire for hours per week must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Ansættelse i timer pr. uge: ugyldig værdi.</source>
            <translation>Hire for hours per week: invalid value.</translation>
        </message>
        <message>
            <source>Ansøgningen ligger før behovet blev konstateret.</source>
            <translation>The application is dated before the need was identified.</translation>
        </message>
        <message>
            <source>Antal ansatte kan ikke være negativ.</source>
            <translation>Number of employees cannot be negative.</translation>
        </message>
        <message>
            <source>Antal ansatte må højst være %1 tegn.</source>
            <translation>Number of employees may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Antal ansatte skal udfyldes.</source>
            <translation>Number of employees must be filled in.</translation>
        </message>
        <message>
            <source>Antal ansatte skal være mellem %1 og %2.</source>
            <translation>Number of employees must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Antal ansatte: ugyldig værdi.</source>
            <translation>Number of employees: invalid value.</translation>
        </message>
        <message>
            <source>Arbejdssted nr. %1: P-nummeret skal være %2 cifre.</source>
            <translation>Workplace no. %1: the P-number must be %2 digits.</translation>
        </message>
        <message>
            <source>Arbejdssted nr. %1: postnummeret skal være %2 cifre.</source>
            <translation>Workplace no. %1: the postcode must be %2 digits.</translation>
        </message>
        <message>
            <source>Arbejdssteder kan ikke være negativ.</source>
            <translation>Workplaces cannot be negative.</translation>
        </message>
        <message>
            <source>Arbejdssteder må højst være %1 tegn.</source>
            <translation>Workplaces may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Arbejdssteder skal udfyldes.</source>
            <translation>Workplaces must be filled in.</translation>
        </message>
        <message>
            <source>Arbejdssteder skal være mellem %1 og %2.</source>
            <translation>Workplaces must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Arbejdssteder: ugyldig værdi.</source>
            <translation>Workplaces: invalid value.</translation>
        </message>
        <message>
            <source>Barrierer kan ikke være negativ.</source>
            <translation>Barriers cannot be negative.</translation>
        </message>
        <message>
            <source>Barrierer må højst være %1 tegn.</source>
            <translation>Barriers may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Barrierer skal udfyldes.</source>
            <translation>Barriers must be filled in.</translation>
        </message>
        <message>
            <source>Barrierer skal være mellem %1 og %2.</source>
            <translation>Barriers must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Barrierer: ugyldig værdi.</source>
            <translation>Barriers: invalid value.</translation>
        </message>
        <message>
            <source>Behov konstateret kan ikke være negativ.</source>
            <translation>Need identified cannot be negative.</translation>
        </message>
        <message>
            <source>Behov konstateret må højst være %1 tegn.</source>
            <translation>Need identified may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Behov konstateret skal udfyldes.</source>
            <translation>Need identified must be filled in.</translation>
        </message>
        <message>
            <source>Behov konstateret skal være mellem %1 og %2.</source>
            <translation>Need identified must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Behov konstateret: ugyldig værdi.</source>
            <translation>Need identified: invalid value.</translation>
        </message>
        <message>
            <source>Beslutninger kan ikke være negativ.</source>
            <translation>Decisions cannot be negative.</translation>
        </message>
        <message>
            <source>Beslutninger må højst være %1 tegn.</source>
            <translation>Decisions may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Beslutninger skal udfyldes.</source>
            <translation>Decisions must be filled in.</translation>
        </message>
        <message>
            <source>Beslutninger skal være mellem %1 og %2.</source>
            <translation>Decisions must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Beslutninger: ugyldig værdi.</source>
            <translation>Decisions: invalid value.</translation>
        </message>
        <message>
            <source>Besvaret kan ikke være negativ.</source>
            <translation>Answered cannot be negative.</translation>
        </message>
        <message>
            <source>Besvaret må højst være %1 tegn.</source>
            <translation>Answered may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Besvaret skal udfyldes.</source>
            <translation>Answered must be filled in.</translation>
        </message>
        <message>
            <source>Besvaret skal være mellem %1 og %2.</source>
            <translation>Answered must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Besvaret: ugyldig værdi.</source>
            <translation>Answered: invalid value.</translation>
        </message>
        <message>
            <source>Betegnelse kan ikke være negativ.</source>
            <translation>Label cannot be negative.</translation>
        </message>
        <message>
            <source>Betegnelse må højst være %1 tegn.</source>
            <translation>Label may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Betegnelse skal udfyldes.</source>
            <translation>Label must be filled in.</translation>
        </message>
        <message>
            <source>Betegnelse skal være mellem %1 og %2.</source>
            <translation>Label must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Betegnelse: ugyldig værdi.</source>
            <translation>Label: invalid value.</translation>
        </message>
        <message>
            <source>Borger har allerede underskrevet denne version.</source>
            <translation>The citizen has already signed this version.</translation>
        </message>
        <message>
            <source>Borger har underskrevet; ændringen kræver en ny underskrift.</source>
            <translation>The citizen has signed; the change needs a new signature.</translation>
        </message>
        <message>
            <source>Borger kan ikke være negativ.</source>
            <translation>Citizen cannot be negative.</translation>
        </message>
        <message>
            <source>Borger må højst være %1 tegn.</source>
            <translation>Citizen may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Borger og Jobcenter har underskrevet; ændringen kræver en ny underskrift.</source>
            <translation>The citizen and the job centre have signed; the change needs a new signature.</translation>
        </message>
        <message>
            <source>Borger og Virksomhed har underskrevet; ændringen kræver en ny underskrift.</source>
            <translation>The citizen and the company have signed; the change needs a new signature.</translation>
        </message>
        <message>
            <source>Borger skal udfyldes.</source>
            <translation>Citizen must be filled in.</translation>
        </message>
        <message>
            <source>Borger skal være mellem %1 og %2.</source>
            <translation>Citizen must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Borger, Virksomhed og Jobcenter har underskrevet; ændringen kræver en ny underskrift.</source>
            <translation>The citizen, the company and the job centre have signed; the change needs a new signature.</translation>
        </message>
        <message>
            <source>Borger: ugyldig værdi.</source>
            <translation>Citizen: invalid value.</translation>
        </message>
        <message>
            <source>Borgeren findes ikke.</source>
            <translation>The citizen does not exist.</translation>
        </message>
        <message>
            <source>Borgeren har ikke givet samtykke til at registrere svarene: de gemmes ikke. Kun tidspunktet for screeningen gemmes.</source>
            <translation>The citizen has not consented to recording the answers: they are not kept. Only the time of the screening is kept.</translation>
        </message>
        <message>
            <source>Borgeren har trukket samtykket til at gemme screeningssvar tilbage. Registrér et nyt samtykke under «Samtykker …» på borgeren, eller gem screeningen uden svarene.</source>
            <translation>The citizen has withdrawn the consent to keep screening answers. Record a new consent under “Consents …” on the citizen, or save the screening without the answers.</translation>
        </message>
        <message>
            <source>Borgerens / virksomhedens bemærkninger kan ikke være negativ.</source>
            <translation>Comments of the citizen / company cannot be negative.</translation>
        </message>
        <message>
            <source>Borgerens / virksomhedens bemærkninger må højst være %1 tegn.</source>
            <translation>Comments of the citizen / company may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Borgerens / virksomhedens bemærkninger skal udfyldes.</source>
            <translation>Comments of the citizen / company must be filled in.</translation>
        </message>
        <message>
            <source>Borgerens / virksomhedens bemærkninger skal være mellem %1 og %2.</source>
            <translation>Comments of the citizen / company must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Borgerens / virksomhedens bemærkninger: ugyldig værdi.</source>
            <translation>Comments of the citizen / company: invalid value.</translation>
        </message>
        <message>
            <source>Borgerens egen liste kan ikke være negativ.</source>
            <translation>The citizen's own list cannot be negative.</translation>
        </message>
        <message>
            <source>Borgerens egen liste må højst være %1 tegn.</source>
            <translation>The citizen's own list may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Borgerens egen liste skal udfyldes.</source>
            <translation>The citizen's own list must be filled in.</translation>
        </message>
        <message>
            <source>Borgerens egen liste skal være mellem %1 og %2.</source>
            <translation>The citizen's own list must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Borgerens egen liste: ugyldig værdi.</source>
            <translation>The citizen's own list: invalid value.</translation>
        </message>
        <message>
            <source>Branche kan ikke være negativ.</source>
            <translation>Industry cannot be negative.</translation>
        </message>
        <message>
            <source>Branche må højst være %1 tegn.</source>
            <translation>Industry may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Branche skal udfyldes.</source>
            <translation>Industry must be filled in.</translation>
        </message>
        <message>
            <source>Branche skal være mellem %1 og %2.</source>
            <translation>Industry must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Branche: ugyldig værdi.</source>
            <translation>Industry: invalid value.</translation>
        </message>
        <message>
            <source>Brugernavnet skal være %1-%2 tegn: små bogstaver, tal, punktum, bindestreg eller @ (fx fornavn.efternavn).</source>
            <translation>The user name must be %1-%2 characters: lower-case letters, digits, full stops, hyphens or @ (e.g. firstname.lastname).</translation>
        </message>
        <message>
            <source>Brugte støttetimer kan ikke være negativ.</source>
            <translation>Support hours used cannot be negative.</translation>
        </message>
        <message>
            <source>Brugte støttetimer må højst være %1 tegn.</source>
            <translation>Support hours used may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Brugte støttetimer skal udfyldes.</source>
            <translation>Support hours used must be filled in.</translation>
        </message>
        <message>
            <source>Brugte støttetimer skal være mellem %1 og %2.</source>
            <translation>Support hours used must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Brugte støttetimer: ugyldig værdi.</source>
            <translation>Support hours used: invalid value.</translation>
        </message>
        <message>
            <source>Budget, støttetimer kan ikke være negativ.</source>
            <translation>Budget, support hours cannot be negative.</translation>
        </message>
        <message>
            <source>Budget, støttetimer må højst være %1 tegn.</source>
            <translation>Budget, support hours may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Budget, støttetimer skal udfyldes.</source>
            <translation>Budget, support hours must be filled in.</translation>
        </message>
        <message>
            <source>Budget, støttetimer skal være mellem %1 og %2.</source>
            <translation>Budget, support hours must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Budget, støttetimer: ugyldig værdi.</source>
            <translation>Budget, support hours: invalid value.</translation>
        </message>
        <message>
            <source>CPR-nummer kan ikke være negativ.</source>
            <translation>CPR number cannot be negative.</translation>
        </message>
        <message>
            <source>CPR-nummer må højst være %1 tegn.</source>
            <translation>CPR number may be at most %1 characters.</translation>
        </message>
        <message>
            <source>CPR-nummer skal udfyldes.</source>
            <translation>CPR number must be filled in.</translation>
        </message>
        <message>
            <source>CPR-nummer skal være mellem %1 og %2.</source>
            <translation>CPR number must be between %1 and %2.</translation>
        </message>
        <message>
            <source>CPR-nummer: ugyldig værdi.</source>
            <translation>CPR number: invalid value.</translation>
        </message>
        <message>
            <source>CPR-nummeret består ikke modulus %1-kontrollen. Det kan være gyldigt; kontrollér det med borgeren.</source>
            <translation>The CPR number fails the modulus %1 check. It may still be valid; check it with the citizen.</translation>
        </message>
        <message>
            <source>CPR-nummeret må kun indeholde almindelige cifre (%1-%2). Skriv det igen med tastaturets taltaster.</source>
            <translation>The CPR number may only contain ordinary digits (%1-%2). Type it again with the number keys on the keyboard.</translation>
        </message>
        <message>
            <source>CPR-nummeret skal have formen DDMMÅÅ-XXXX.</source>
            <translation>The CPR number must look like DDMMYY-XXXX.</translation>
        </message>
        <message>
            <source>CPR-nummerets første seks cifre er ikke en gyldig dato.</source>
            <translation>The first six digits of the CPR number are not a valid date.</translation>
        </message>
        <message>
            <source>CVR-nummer kan ikke være negativ.</source>
            <translation>CVR number cannot be negative.</translation>
        </message>
        <message>
            <source>CVR-nummer må højst være %1 tegn.</source>
            <translation>CVR number may be at most %1 characters.</translation>
        </message>
        <message>
            <source>CVR-nummer skal udfyldes.</source>
            <translation>CVR number must be filled in.</translation>
        </message>
        <message>
            <source>CVR-nummer skal være mellem %1 og %2.</source>
            <translation>CVR number must be between %1 and %2.</translation>
        </message>
        <message>
            <source>CVR-nummer: ugyldig værdi.</source>
            <translation>CVR number: invalid value.</translation>
        </message>
        <message>
            <source>CVR-nummeret er ugyldigt (kontrolcifferet passer ikke).</source>
            <translation>The CVR number is invalid (the check digit does not match).</translation>
        </message>
        <message>
            <source>CVR-nummeret må kun indeholde almindelige cifre (%1-%2). Skriv det igen med tastaturets taltaster.</source>
            <translation>The CVR number may only contain ordinary digits (%1-%2). Type it again with the number keys on the keyboard.</translation>
        </message>
        <message>
            <source>CVR-nummeret skal være %1 cifre.</source>
            <translation>The CVR number must be %1 digits.</translation>
        </message>
        <message>
            <source>Dagsorden kan ikke være negativ.</source>
            <translation>Agenda cannot be negative.</translation>
        </message>
        <message>
            <source>Dagsorden må højst være %1 tegn.</source>
            <translation>Agenda may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Dagsorden skal udfyldes.</source>
            <translation>Agenda must be filled in.</translation>
        </message>
        <message>
            <source>Dagsorden skal være mellem %1 og %2.</source>
            <translation>Agenda must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Dagsorden: ugyldig værdi.</source>
            <translation>Agenda: invalid value.</translation>
        </message>
        <message>
            <source>Dato kan ikke være negativ.</source>
            <translation>Date cannot be negative.</translation>
        </message>
        <message>
            <source>Dato må højst være %1 tegn.</source>
            <translation>Date may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Dato skal udfyldes.</source>
            <translation>Date must be filled in.</translation>
        </message>
        <message>
            <source>Dato skal være mellem %1 og %2.</source>
            <translation>Date must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Dato: ugyldig værdi.</source>
            <translation>Date: invalid value.</translation>
        </message>
        <message>
            <source>Datoen ligger i fremtiden.</source>
            <translation>The date is in the future.</translation>
        </message>
        <message>
            <source>Deltagere kan ikke være negativ.</source>
            <translation>Participants cannot be negative.</translation>
        </message>
        <message>
            <source>Deltagere må højst være %1 tegn.</source>
            <translation>Participants may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Deltagere skal udfyldes.</source>
            <translation>Participants must be filled in.</translation>
        </message>
        <message>
            <source>Deltagere skal være mellem %1 og %2.</source>
            <translation>Participants must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Deltagere: ugyldig værdi.</source>
            <translation>Participants: invalid value.</translation>
        </message>
        <message>
            <source>Der er en dato for afgørelsen, men status er hverken bevilget eller afslået.</source>
            <translation>There is a date of decision, but the status is neither granted nor refused.</translation>
        </message>
        <message>
            <source>Der mangler timer for uge %1-%2.</source>
            <translation>Hours are missing for weeks %1-%2.</translation>
        </message>
        <message>
            <source>Din egen kommentar kan ikke være negativ.</source>
            <translation>Your own comment cannot be negative.</translation>
        </message>
        <message>
            <source>Din egen kommentar må højst være %1 tegn.</source>
            <translation>Your own comment may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Din egen kommentar skal udfyldes.</source>
            <translation>Your own comment must be filled in.</translation>
        </message>
        <message>
            <source>Din egen kommentar skal være mellem %1 og %2.</source>
            <translation>Your own comment must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Din egen kommentar: ugyldig værdi.</source>
            <translation>Your own comment: invalid value.</translation>
        </message>
        <message>
            <source>Dokumentet er en kladde; ret den direkte.</source>
            <translation>The document is a draft; edit it directly.</translation>
        </message>
        <message>
            <source>Dokumentet er underskrevet og kan ikke ændres. Lav en ny version med 'Ændr aftale'.</source>
            <translation>The document is signed and cannot be changed. Make a new version with 'Change agreement'.</translation>
        </message>
        <message>
            <source>Dokumentet findes ikke.</source>
            <translation>The document does not exist.</translation>
        </message>
        <message>
            <source>E-mail kan ikke være negativ.</source>
            <translation>E-mail cannot be negative.</translation>
        </message>
        <message>
            <source>E-mail må højst være %1 tegn.</source>
            <translation>E-mail may be at most %1 characters.</translation>
        </message>
        <message>
            <source>E-mail skal udfyldes.</source>
            <translation>E-mail must be filled in.</translation>
        </message>
        <message>
            <source>E-mail skal være mellem %1 og %2.</source>
            <translation>E-mail must be between %1 and %2.</translation>
        </message>
        <message>
            <source>E-mail: ugyldig værdi.</source>
            <translation>E-mail: invalid value.</translation>
        </message>
        <message>
            <source>E-mailadressen ser ikke gyldig ud.</source>
            <translation>The e-mail address does not look valid.</translation>
        </message>
        <message>
            <source>Efterværnets intervaller skal være positive.</source>
            <translation>The efterværn intervals must be positive.</translation>
        </message>
        <message>
            <source>Efterværnskadence kan ikke være negativ.</source>
            <translation>Efterværn cadence cannot be negative.</translation>
        </message>
        <message>
            <source>Efterværnskadence må højst være %1 tegn.</source>
            <translation>Efterværn cadence may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Efterværnskadence skal udfyldes.</source>
            <translation>Efterværn cadence must be filled in.</translation>
        </message>
        <message>
            <source>Efterværnskadence skal være mellem %1 og %2.</source>
            <translation>Efterværn cadence must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Efterværnskadence: ugyldig værdi.</source>
            <translation>Efterværn cadence: invalid value.</translation>
        </message>
        <message>
            <source>En mentor kan ikke underskrive her.</source>
            <translation>A mentor cannot sign here.</translation>
        </message>
        <message>
            <source>En valgt virksomhed findes ikke.</source>
            <translation>A chosen company does not exist.</translation>
        </message>
        <message>
            <source>Et nyt behov kan ikke starte i fortiden. Vælg dagens dato eller senere.</source>
            <translation>A new need cannot start in the past. Choose today's date or later.</translation>
        </message>
        <message>
            <source>Faktiske timer pr. uge kan ikke være negativ.</source>
            <translation>Actual hours per week cannot be negative.</translation>
        </message>
        <message>
            <source>Faktiske timer pr. uge må højst være %1 tegn.</source>
            <translation>Actual hours per week may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Faktiske timer pr. uge skal udfyldes.</source>
            <translation>Actual hours per week must be filled in.</translation>
        </message>
        <message>
            <source>Faktiske timer pr. uge skal være mellem %1 og %2.</source>
            <translation>Actual hours per week must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Faktiske timer pr. uge: ugyldig værdi.</source>
            <translation>Actual hours per week: invalid value.</translation>
        </message>
        <message>
            <source>Forløb kan ikke være negativ.</source>
            <translation>Case cannot be negative.</translation>
        </message>
        <message>
            <source>Forløb må højst være %1 tegn.</source>
            <translation>Case may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Forløb oprettet kan ikke være negativ.</source>
            <translation>Case opened cannot be negative.</translation>
        </message>
        <message>
            <source>Forløb oprettet må højst være %1 tegn.</source>
            <translation>Case opened may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Forløb oprettet skal udfyldes.</source>
            <translation>Case opened must be filled in.</translation>
        </message>
        <message>
            <source>Forløb oprettet skal være mellem %1 og %2.</source>
            <translation>Case opened must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Forløb oprettet: ugyldig værdi.</source>
            <translation>Case opened: invalid value.</translation>
        </message>
        <message>
            <source>Forløb skal udfyldes.</source>
            <translation>Case must be filled in.</translation>
        </message>
        <message>
            <source>Forløb skal være mellem %1 og %2.</source>
            <translation>Case must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Forløb: ugyldig værdi.</source>
            <translation>Case: invalid value.</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der registreres kun resultatdata, ikke borgerens egen liste.</source>
            <translation>The case is in the reference group: only outcome data is recorded, not the citizen's own list.</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der registreres kun resultatdata, ikke borgerens egen liste. Tøm listen, eller flyt forløbet til projektgruppen.</source>
            <translation>The case is in the reference group: only outcome data is recorded, not the citizen's own list. Empty the list, or move the case to the project group.</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der registreres kun resultatdata, ikke en evaluering af praktikken.</source>
            <translation>The case is in the reference group: only outcome data is recorded, not an evaluation of the praktik.</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et budget for støttetimer. Fjern støtteform og budget, eller flyt forløbet til projektgruppen.</source>
            <translation>The case is in the reference group: only outcome data is recorded, not a budget of support hours. Remove the kind of support and the budget, or move the case to the project group.</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et hurtigt spor for de kompenserende ordninger.</source>
            <translation>The case is in the reference group: only outcome data is recorded, no fast track for the compensation schemes.</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der registreres kun resultatdata, ikke spørgeskemaer.</source>
            <translation>The case is in the reference group: only outcome data is recorded, no questionnaires.</translation>
        </message>
        <message>
            <source>Forløbet er i referencegruppen: støttetimer registreres ikke.</source>
            <translation>The case is in the reference group: support hours are not recorded.</translation>
        </message>
        <message>
            <source>Forløbet har allerede denne ordning på listen.</source>
            <translation>The case already has this scheme on its list.</translation>
        </message>
        <message>
            <source>Forløbet kan ikke flyttes til referencegruppen: det har allerede projektdata (spørgeskemaer, ansøgninger i det hurtige spor, en evaluering af praktikken eller støttetimer). Referencegruppen får den sædvanlige indsats, og der registreres kun resultatdata for den.</source>
            <translation>The case cannot be moved into the reference group: it already has project data (questionnaires, fast-track applications, a praktik evaluation or support hours). The reference group gets the usual service, and only outcome data is recorded for it.</translation>
        </message>
        <message>
            <source>Formål kan ikke være negativ.</source>
            <translation>Purpose cannot be negative.</translation>
        </message>
        <message>
            <source>Formål må højst være %1 tegn.</source>
            <translation>Purpose may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Formål skal udfyldes.</source>
            <translation>Purpose must be filled in.</translation>
        </message>
        <message>
            <source>Formål skal være mellem %1 og %2.</source>
            <translation>Purpose must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Formål: ugyldig værdi.</source>
            <translation>Purpose: invalid value.</translation>
        </message>
        <message>
            <source>Fra jobcentret kan ikke være negativ.</source>
            <translation>From the jobcentre cannot be negative.</translation>
        </message>
        <message>
            <source>Fra jobcentret må højst være %1 tegn.</source>
            <translation>From the jobcentre may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Fra jobcentret skal udfyldes.</source>
            <translation>From the jobcentre must be filled in.</translation>
        </message>
        <message>
            <source>Fra jobcentret skal være mellem %1 og %2.</source>
            <translation>From the jobcentre must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Fra jobcentret: ugyldig værdi.</source>
            <translation>From the jobcentre: invalid value.</translation>
        </message>
        <message>
            <source>Fremmøde kan ikke være negativ.</source>
            <translation>Attendance cannot be negative.</translation>
        </message>
        <message>
            <source>Fremmøde må højst være %1 tegn.</source>
            <translation>Attendance may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Fremmøde skal udfyldes.</source>
            <translation>Attendance must be filled in.</translation>
        </message>
        <message>
            <source>Fremmøde skal være mellem %1 og %2.</source>
            <translation>Attendance must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Fremmøde: ugyldig værdi.</source>
            <translation>Attendance: invalid value.</translation>
        </message>
        <message>
            <source>Frist kan ikke være negativ.</source>
            <translation>Deadline cannot be negative.</translation>
        </message>
        <message>
            <source>Frist må højst være %1 tegn.</source>
            <translation>Deadline may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Frist skal udfyldes.</source>
            <translation>Deadline must be filled in.</translation>
        </message>
        <message>
            <source>Frist skal være mellem %1 og %2.</source>
            <translation>Deadline must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Frist: ugyldig værdi.</source>
            <translation>Deadline: invalid value.</translation>
        </message>
        <message>
            <source>Funktioner der påvirkes kan ikke være negativ.</source>
            <translation>Functions affected cannot be negative.</translation>
        </message>
        <message>
            <source>Funktioner der påvirkes må højst være %1 tegn.</source>
            <translation>Functions affected may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Funktioner der påvirkes skal udfyldes.</source>
            <translation>Functions affected must be filled in.</translation>
        </message>
        <message>
            <source>Funktioner der påvirkes skal være mellem %1 og %2.</source>
            <translation>Functions affected must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Funktioner der påvirkes: ugyldig værdi.</source>
            <translation>Functions affected: invalid value.</translation>
        </message>
        <message>
            <source>Funktionsbegrænsninger kan ikke være negativ.</source>
            <translation>Functional limitations cannot be negative.</translation>
        </message>
        <message>
            <source>Funktionsbegrænsninger må højst være %1 tegn.</source>
            <translation>Functional limitations may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Funktionsbegrænsninger skal udfyldes.</source>
            <translation>Functional limitations must be filled in.</translation>
        </message>
        <message>
            <source>Funktionsbegrænsninger skal være mellem %1 og %2.</source>
            <translation>Functional limitations must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Funktionsbegrænsninger: ugyldig værdi.</source>
            <translation>Functional limitations: invalid value.</translation>
        </message>
        <message>
            <source>Gruppe kan ikke være negativ.</source>
            <translation>Group cannot be negative.</translation>
        </message>
        <message>
            <source>Gruppe må højst være %1 tegn.</source>
            <translation>Group may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Gruppe skal udfyldes.</source>
            <translation>Group must be filled in.</translation>
        </message>
        <message>
            <source>Gruppe skal være mellem %1 og %2.</source>
            <translation>Group must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Gruppe: ugyldig værdi.</source>
            <translation>Group: invalid value.</translation>
        </message>
        <message>
            <source>Handling %1: Forløb kan ikke være negativ.</source>
            <translation>Action %1: Case cannot be negative.</translation>
        </message>
        <message>
            <source>Handling %1: Forløb må højst være %1 tegn.</source>
            <translation>Action %1: Case may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Handling %1: Forløb skal udfyldes.</source>
            <translation>Action %1: Case must be filled in.</translation>
        </message>
        <message>
            <source>Handling %1: Forløb skal være mellem %1 og %2.</source>
            <translation>Action %1: Case must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Handling %1: Forløb: ugyldig værdi.</source>
            <translation>Action %1: Case: invalid value.</translation>
        </message>
        <message>
            <source>Handling %1: Frist kan ikke være negativ.</source>
            <translation>Action %1: Deadline cannot be negative.</translation>
        </message>
        <message>
            <source>Handling %1: Frist må højst være %1 tegn.</source>
            <translation>Action %1: Deadline may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Handling %1: Frist skal udfyldes.</source>
            <translation>Action %1: Deadline must be filled in.</translation>
        </message>
        <message>
            <source>Handling %1: Frist skal være mellem %1 og %2.</source>
            <translation>Action %1: Deadline must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Handling %1: Frist: ugyldig værdi.</source>
            <translation>Action %1: Deadline: invalid value.</translation>
        </message>
        <message>
            <source>Handling %1: Hvad kan ikke være negativ.</source>
            <translation>Action %1: What cannot be negative.</translation>
        </message>
        <message>
            <source>Handling %1: Hvad må højst være %1 tegn.</source>
            <translation>Action %1: What may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Handling %1: Hvad skal udfyldes.</source>
            <translation>Action %1: What must be filled in.</translation>
        </message>
        <message>
            <source>Handling %1: Hvad skal være mellem %1 og %2.</source>
            <translation>Action %1: What must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Handling %1: Hvad: ugyldig værdi.</source>
            <translation>Action %1: What: invalid value.</translation>
        </message>
        <message>
            <source>Handling %1: Hvem har bolden kan ikke være negativ.</source>
            <translation>Action %1: Who holds the ball cannot be negative.</translation>
        </message>
        <message>
            <source>Handling %1: Hvem har bolden må højst være %1 tegn.</source>
            <translation>Action %1: Who holds the ball may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Handling %1: Hvem har bolden skal udfyldes.</source>
            <translation>Action %1: Who holds the ball must be filled in.</translation>
        </message>
        <message>
            <source>Handling %1: Hvem har bolden skal være mellem %1 og %2.</source>
            <translation>Action %1: Who holds the ball must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Handling %1: Hvem har bolden: ugyldig værdi.</source>
            <translation>Action %1: Who holds the ball: invalid value.</translation>
        </message>
        <message>
            <source>Handling %1: Møde kan ikke være negativ.</source>
            <translation>Action %1: Meeting cannot be negative.</translation>
        </message>
        <message>
            <source>Handling %1: Møde må højst være %1 tegn.</source>
            <translation>Action %1: Meeting may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Handling %1: Møde skal udfyldes.</source>
            <translation>Action %1: Meeting must be filled in.</translation>
        </message>
        <message>
            <source>Handling %1: Møde skal være mellem %1 og %2.</source>
            <translation>Action %1: Meeting must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Handling %1: Møde: ugyldig værdi.</source>
            <translation>Action %1: Meeting: invalid value.</translation>
        </message>
        <message>
            <source>Handling %1: Trepartsplan kan ikke være negativ.</source>
            <translation>Action %1: Trepartsplan cannot be negative.</translation>
        </message>
        <message>
            <source>Handling %1: Trepartsplan må højst være %1 tegn.</source>
            <translation>Action %1: Trepartsplan may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Handling %1: Trepartsplan skal udfyldes.</source>
            <translation>Action %1: Trepartsplan must be filled in.</translation>
        </message>
        <message>
            <source>Handling %1: Trepartsplan skal være mellem %1 og %2.</source>
            <translation>Action %1: Trepartsplan must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Handling %1: Trepartsplan: ugyldig værdi.</source>
            <translation>Action %1: Trepartsplan: invalid value.</translation>
        </message>
        <message>
            <source>Handling %1: Udført kan ikke være negativ.</source>
            <translation>Action %1: Done cannot be negative.</translation>
        </message>
        <message>
            <source>Handling %1: Udført må højst være %1 tegn.</source>
            <translation>Action %1: Done may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Handling %1: Udført skal udfyldes.</source>
            <translation>Action %1: Done must be filled in.</translation>
        </message>
        <message>
            <source>Handling %1: Udført skal være mellem %1 og %2.</source>
            <translation>Action %1: Done must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Handling %1: Udført: ugyldig værdi.</source>
            <translation>Action %1: Done: invalid value.</translation>
        </message>
        <message>
            <source>Handling %1: fristen ligger før mødet.</source>
            <translation>Action %1: the deadline is before the meeting.</translation>
        </message>
        <message>
            <source>Handling nr. %1 mangler en beskrivelse.</source>
            <translation>Action item no. %1 has no description.</translation>
        </message>
        <message>
            <source>Handlinger kan ikke være negativ.</source>
            <translation>Action items cannot be negative.</translation>
        </message>
        <message>
            <source>Handlinger må højst være %1 tegn.</source>
            <translation>Action items may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Handlinger skal udfyldes.</source>
            <translation>Action items must be filled in.</translation>
        </message>
        <message>
            <source>Handlinger skal være mellem %1 og %2.</source>
            <translation>Action items must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Handlinger: ugyldig værdi.</source>
            <translation>Action items: invalid value.</translation>
        </message>
        <message>
            <source>Har virksomheden gavn af praktikken? kan ikke være negativ.</source>
            <translation>Does the company benefit from the placement? cannot be negative.</translation>
        </message>
        <message>
            <source>Har virksomheden gavn af praktikken? må højst være %1 tegn.</source>
            <translation>Does the company benefit from the placement? may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Har virksomheden gavn af praktikken? skal udfyldes.</source>
            <translation>Does the company benefit from the placement? must be filled in.</translation>
        </message>
        <message>
            <source>Har virksomheden gavn af praktikken? skal være mellem %1 og %2.</source>
            <translation>Does the company benefit from the placement? must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Har virksomheden gavn af praktikken?: ugyldig værdi.</source>
            <translation>Does the company benefit from the placement?: invalid value.</translation>
        </message>
        <message>
            <source>Helbredsnoter (kun jobcenter) kan ikke være negativ.</source>
            <translation>Health notes (job centre only) cannot be negative.</translation>
        </message>
        <message>
            <source>Helbredsnoter (kun jobcenter) må højst være %1 tegn.</source>
            <translation>Health notes (job centre only) may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Helbredsnoter (kun jobcenter) skal udfyldes.</source>
            <translation>Health notes (job centre only) must be filled in.</translation>
        </message>
        <message>
            <source>Helbredsnoter (kun jobcenter) skal være mellem %1 og %2.</source>
            <translation>Health notes (job centre only) must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Helbredsnoter (kun jobcenter): ugyldig værdi.</source>
            <translation>Health notes (job centre only): invalid value.</translation>
        </message>
        <message>
            <source>Helbredsnoter kan ikke være negativ.</source>
            <translation>Health notes cannot be negative.</translation>
        </message>
        <message>
            <source>Helbredsnoter må højst være %1 tegn.</source>
            <translation>Health notes may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Helbredsnoter skal udfyldes.</source>
            <translation>Health notes must be filled in.</translation>
        </message>
        <message>
            <source>Helbredsnoter skal være mellem %1 og %2.</source>
            <translation>Health notes must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Helbredsnoter: ugyldig værdi.</source>
            <translation>Health notes: invalid value.</translation>
        </message>
        <message>
            <source>Hos virksomheden kan ikke være negativ.</source>
            <translation>At the company cannot be negative.</translation>
        </message>
        <message>
            <source>Hos virksomheden må højst være %1 tegn.</source>
            <translation>At the company may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Hos virksomheden skal udfyldes.</source>
            <translation>At the company must be filled in.</translation>
        </message>
        <message>
            <source>Hos virksomheden skal være mellem %1 og %2.</source>
            <translation>At the company must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Hos virksomheden: ugyldig værdi.</source>
            <translation>At the company: invalid value.</translation>
        </message>
        <message>
            <source>Hvad blev delt kan ikke være negativ.</source>
            <translation>What was shared cannot be negative.</translation>
        </message>
        <message>
            <source>Hvad blev delt må højst være %1 tegn.</source>
            <translation>What was shared may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Hvad blev delt skal udfyldes.</source>
            <translation>What was shared must be filled in.</translation>
        </message>
        <message>
            <source>Hvad blev delt skal være mellem %1 og %2.</source>
            <translation>What was shared must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Hvad blev delt: ugyldig værdi.</source>
            <translation>What was shared: invalid value.</translation>
        </message>
        <message>
            <source>Hvad har hjulpet før kan ikke være negativ.</source>
            <translation>What helped before cannot be negative.</translation>
        </message>
        <message>
            <source>Hvad har hjulpet før må højst være %1 tegn.</source>
            <translation>What helped before may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Hvad har hjulpet før skal udfyldes.</source>
            <translation>What helped before must be filled in.</translation>
        </message>
        <message>
            <source>Hvad har hjulpet før skal være mellem %1 og %2.</source>
            <translation>What helped before must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Hvad har hjulpet før: ugyldig værdi.</source>
            <translation>What helped before: invalid value.</translation>
        </message>
        <message>
            <source>Hvad kan ikke være negativ.</source>
            <translation>What cannot be negative.</translation>
        </message>
        <message>
            <source>Hvad må højst være %1 tegn.</source>
            <translation>What may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Hvad skal udfyldes.</source>
            <translation>What must be filled in.</translation>
        </message>
        <message>
            <source>Hvad skal være mellem %1 og %2.</source>
            <translation>What must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Hvad: ugyldig værdi.</source>
            <translation>What: invalid value.</translation>
        </message>
        <message>
            <source>Hvem har bolden kan ikke være negativ.</source>
            <translation>Who holds the ball cannot be negative.</translation>
        </message>
        <message>
            <source>Hvem har bolden må højst være %1 tegn.</source>
            <translation>Who holds the ball may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Hvem har bolden skal udfyldes.</source>
            <translation>Who holds the ball must be filled in.</translation>
        </message>
        <message>
            <source>Hvem har bolden skal være mellem %1 og %2.</source>
            <translation>Who holds the ball must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Hvem har bolden: ugyldig værdi.</source>
            <translation>Who holds the ball: invalid value.</translation>
        </message>
        <message>
            <source>Hvor godt klarer du dine timer? kan ikke være negativ.</source>
            <translation>How well do you manage your hours? cannot be negative.</translation>
        </message>
        <message>
            <source>Hvor godt klarer du dine timer? må højst være %1 tegn.</source>
            <translation>How well do you manage your hours? may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Hvor godt klarer du dine timer? skal udfyldes.</source>
            <translation>How well do you manage your hours? must be filled in.</translation>
        </message>
        <message>
            <source>Hvor godt klarer du dine timer? skal være mellem %1 og %2.</source>
            <translation>How well do you manage your hours? must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Hvor godt klarer du dine timer?: ugyldig værdi.</source>
            <translation>How well do you manage your hours?: invalid value.</translation>
        </message>
        <message>
            <source>Hvor sikker er du på, at du kan arbejde? kan ikke være negativ.</source>
            <translation>How sure are you that you can work? cannot be negative.</translation>
        </message>
        <message>
            <source>Hvor sikker er du på, at du kan arbejde? må højst være %1 tegn.</source>
            <translation>How sure are you that you can work? may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Hvor sikker er du på, at du kan arbejde? skal udfyldes.</source>
            <translation>How sure are you that you can work? must be filled in.</translation>
        </message>
        <message>
            <source>Hvor sikker er du på, at du kan arbejde? skal være mellem %1 og %2.</source>
            <translation>How sure are you that you can work? must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Hvor sikker er du på, at du kan arbejde?: ugyldig værdi.</source>
            <translation>How sure are you that you can work?: invalid value.</translation>
        </message>
        <message>
            <source>Hvordan har du det for tiden? kan ikke være negativ.</source>
            <translation>How are you at the moment? cannot be negative.</translation>
        </message>
        <message>
            <source>Hvordan har du det for tiden? må højst være %1 tegn.</source>
            <translation>How are you at the moment? may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Hvordan har du det for tiden? skal udfyldes.</source>
            <translation>How are you at the moment? must be filled in.</translation>
        </message>
        <message>
            <source>Hvordan har du det for tiden? skal være mellem %1 og %2.</source>
            <translation>How are you at the moment? must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Hvordan har du det for tiden?: ugyldig værdi.</source>
            <translation>How are you at the moment?: invalid value.</translation>
        </message>
        <message>
            <source>Hvordan vurderer du selv dit forløb? kan ikke være negativ.</source>
            <translation>How do you rate your course yourself? cannot be negative.</translation>
        </message>
        <message>
            <source>Hvordan vurderer du selv dit forløb? må højst være %1 tegn.</source>
            <translation>How do you rate your course yourself? may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Hvordan vurderer du selv dit forløb? skal udfyldes.</source>
            <translation>How do you rate your course yourself? must be filled in.</translation>
        </message>
        <message>
            <source>Hvordan vurderer du selv dit forløb? skal være mellem %1 og %2.</source>
            <translation>How do you rate your course yourself? must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Hvordan vurderer du selv dit forløb?: ugyldig værdi.</source>
            <translation>How do you rate your course yourself?: invalid value.</translation>
        </message>
        <message>
            <source>Højst %1 timer pr. uge.</source>
            <translation>At most %1 hours per week.</translation>
        </message>
        <message>
            <source>Ikke alle spørgsmål er besvaret: skemaet gemmes som kladde og tæller først med i opgørelsen, når det er helt udfyldt.</source>
            <translation>Not every question is answered: the questionnaire is kept as a draft and counts in the report only once it is fully filled in.</translation>
        </message>
        <message>
            <source>Indmeldt kan ikke være negativ.</source>
            <translation>Joined cannot be negative.</translation>
        </message>
        <message>
            <source>Indmeldt må højst være %1 tegn.</source>
            <translation>Joined may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Indmeldt skal udfyldes.</source>
            <translation>Joined must be filled in.</translation>
        </message>
        <message>
            <source>Indmeldt skal være mellem %1 og %2.</source>
            <translation>Joined must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Indmeldt: ugyldig værdi.</source>
            <translation>Joined: invalid value.</translation>
        </message>
        <message>
            <source>Jobcenter har allerede underskrevet denne version.</source>
            <translation>The job centre has already signed this version.</translation>
        </message>
        <message>
            <source>Jobcenter har underskrevet; ændringen kræver en ny underskrift.</source>
            <translation>The job centre has signed; the change needs a new signature.</translation>
        </message>
        <message>
            <source>Jobstart kan ikke være negativ.</source>
            <translation>Job start cannot be negative.</translation>
        </message>
        <message>
            <source>Jobstart må højst være %1 tegn.</source>
            <translation>Job start may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Jobstart skal udfyldes.</source>
            <translation>Job start must be filled in.</translation>
        </message>
        <message>
            <source>Jobstart skal være mellem %1 og %2.</source>
            <translation>Job start must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Jobstart: ugyldig værdi.</source>
            <translation>Job start: invalid value.</translation>
        </message>
        <message>
            <source>Jobstarten ligger før forløbets start.</source>
            <translation>The job start is before the case's start.</translation>
        </message>
        <message>
            <source>Jobstatus kan ikke være negativ.</source>
            <translation>Job status cannot be negative.</translation>
        </message>
        <message>
            <source>Jobstatus må højst være %1 tegn.</source>
            <translation>Job status may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Jobstatus skal udfyldes.</source>
            <translation>Job status must be filled in.</translation>
        </message>
        <message>
            <source>Jobstatus skal være mellem %1 og %2.</source>
            <translation>Job status must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Jobstatus: ugyldig værdi.</source>
            <translation>Job status: invalid value.</translation>
        </message>
        <message>
            <source>Klarer borgeren opgaverne? kan ikke være negativ.</source>
            <translation>Does the citizen manage the tasks? cannot be negative.</translation>
        </message>
        <message>
            <source>Klarer borgeren opgaverne? må højst være %1 tegn.</source>
            <translation>Does the citizen manage the tasks? may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Klarer borgeren opgaverne? skal udfyldes.</source>
            <translation>Does the citizen manage the tasks? must be filled in.</translation>
        </message>
        <message>
            <source>Klarer borgeren opgaverne? skal være mellem %1 og %2.</source>
            <translation>Does the citizen manage the tasks? must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Klarer borgeren opgaverne?: ugyldig værdi.</source>
            <translation>Does the citizen manage the tasks?: invalid value.</translation>
        </message>
        <message>
            <source>Konsulent kan ikke være negativ.</source>
            <translation>Consultant cannot be negative.</translation>
        </message>
        <message>
            <source>Konsulent må højst være %1 tegn.</source>
            <translation>Consultant may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Konsulent skal udfyldes.</source>
            <translation>Consultant must be filled in.</translation>
        </message>
        <message>
            <source>Konsulent skal være mellem %1 og %2.</source>
            <translation>Consultant must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Konsulent: ugyldig værdi.</source>
            <translation>Consultant: invalid value.</translation>
        </message>
        <message>
            <source>Kontaktform kan ikke være negativ.</source>
            <translation>Kind of contact cannot be negative.</translation>
        </message>
        <message>
            <source>Kontaktform må højst være %1 tegn.</source>
            <translation>Kind of contact may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Kontaktform skal udfyldes.</source>
            <translation>Kind of contact must be filled in.</translation>
        </message>
        <message>
            <source>Kontaktform skal være mellem %1 og %2.</source>
            <translation>Kind of contact must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Kontaktform: ugyldig værdi.</source>
            <translation>Kind of contact: invalid value.</translation>
        </message>
        <message>
            <source>Kontaktperson nr. %1 mangler navn.</source>
            <translation>Contact person no. %1 has no name.</translation>
        </message>
        <message>
            <source>Kontaktpersoner kan ikke være negativ.</source>
            <translation>Contact persons cannot be negative.</translation>
        </message>
        <message>
            <source>Kontaktpersoner må højst være %1 tegn.</source>
            <translation>Contact persons may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Kontaktpersoner skal udfyldes.</source>
            <translation>Contact persons must be filled in.</translation>
        </message>
        <message>
            <source>Kontaktpersoner skal være mellem %1 og %2.</source>
            <translation>Contact persons must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Kontaktpersoner: ugyldig værdi.</source>
            <translation>Contact persons: invalid value.</translation>
        </message>
        <message>
            <source>Krav i opgaverne kan ikke være negativ.</source>
            <translation>Demands of the tasks cannot be negative.</translation>
        </message>
        <message>
            <source>Krav i opgaverne må højst være %1 tegn.</source>
            <translation>Demands of the tasks may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Krav i opgaverne skal udfyldes.</source>
            <translation>Demands of the tasks must be filled in.</translation>
        </message>
        <message>
            <source>Krav i opgaverne skal være mellem %1 og %2.</source>
            <translation>Demands of the tasks must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Krav i opgaverne: ugyldig værdi.</source>
            <translation>Demands of the tasks: invalid value.</translation>
        </message>
        <message>
            <source>Kun ét punkt kan være drømmen (det første).</source>
            <translation>Only one entry can be the dream (the first).</translation>
        </message>
        <message>
            <source>Listen begynder med det arbejde, borgeren drømmer om: markér drømmen.</source>
            <translation>The list starts with the work the citizen dreams of: mark the dream.</translation>
        </message>
        <message>
            <source>Listen med på borgerens kopi kan ikke være negativ.</source>
            <translation>The list on the citizen's copy cannot be negative.</translation>
        </message>
        <message>
            <source>Listen med på borgerens kopi må højst være %1 tegn.</source>
            <translation>The list on the citizen's copy may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Listen med på borgerens kopi skal udfyldes.</source>
            <translation>The list on the citizen's copy must be filled in.</translation>
        </message>
        <message>
            <source>Listen med på borgerens kopi skal være mellem %1 og %2.</source>
            <translation>The list on the citizen's copy must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Listen med på borgerens kopi: ugyldig værdi.</source>
            <translation>The list on the citizen's copy: invalid value.</translation>
        </message>
        <message>
            <source>Løntilskud: en virksomhed med %1 ansatte må have %2 i løntilskud ad gangen; med dette forløb bliver det %3. Løntilskud skal give flere ansatte, ikke erstatte ordinært ansatte.</source>
            <translation>Wage subsidy: a company with %1 employees may have %2 on wage subsidy at a time; with this case it becomes %3. A wage subsidy must add staff, not replace ordinary staff.</translation>
        </message>
        <message>
            <source>Medlemstype kan ikke være negativ.</source>
            <translation>Kind of member cannot be negative.</translation>
        </message>
        <message>
            <source>Medlemstype må højst være %1 tegn.</source>
            <translation>Kind of member may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Medlemstype skal udfyldes.</source>
            <translation>Kind of member must be filled in.</translation>
        </message>
        <message>
            <source>Medlemstype skal være mellem %1 og %2.</source>
            <translation>Kind of member must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Medlemstype: ugyldig værdi.</source>
            <translation>Kind of member: invalid value.</translation>
        </message>
        <message>
            <source>Mentorer kan ikke være negativ.</source>
            <translation>Mentors cannot be negative.</translation>
        </message>
        <message>
            <source>Mentorer må højst være %1 tegn.</source>
            <translation>Mentors may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Mentorer skal udfyldes.</source>
            <translation>Mentors must be filled in.</translation>
        </message>
        <message>
            <source>Mentorer skal være mellem %1 og %2.</source>
            <translation>Mentors must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Mentorer: ugyldig værdi.</source>
            <translation>Mentors: invalid value.</translation>
        </message>
        <message>
            <source>Modtager offentlig forsørgelse kan ikke være negativ.</source>
            <translation>Receives public benefits cannot be negative.</translation>
        </message>
        <message>
            <source>Modtager offentlig forsørgelse må højst være %1 tegn.</source>
            <translation>Receives public benefits may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Modtager offentlig forsørgelse skal udfyldes.</source>
            <translation>Receives public benefits must be filled in.</translation>
        </message>
        <message>
            <source>Modtager offentlig forsørgelse skal være mellem %1 og %2.</source>
            <translation>Receives public benefits must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Modtager offentlig forsørgelse: ugyldig værdi.</source>
            <translation>Receives public benefits: invalid value.</translation>
        </message>
        <message>
            <source>Mål: andel cirkulær økonomi (%) kan ikke være negativ.</source>
            <translation>Target: share of circular economy (%) cannot be negative.</translation>
        </message>
        <message>
            <source>Mål: andel cirkulær økonomi (%) må højst være %1 tegn.</source>
            <translation>Target: share of circular economy (%) may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Mål: andel cirkulær økonomi (%) skal udfyldes.</source>
            <translation>Target: share of circular economy (%) must be filled in.</translation>
        </message>
        <message>
            <source>Mål: andel cirkulær økonomi (%) skal være mellem %1 og %2.</source>
            <translation>Target: share of circular economy (%) must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Mål: andel cirkulær økonomi (%): ugyldig værdi.</source>
            <translation>Target: share of circular economy (%): invalid value.</translation>
        </message>
        <message>
            <source>Mål: antal virksomheder kan ikke være negativ.</source>
            <translation>Target: number of companies cannot be negative.</translation>
        </message>
        <message>
            <source>Mål: antal virksomheder må højst være %1 tegn.</source>
            <translation>Target: number of companies may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Mål: antal virksomheder skal udfyldes.</source>
            <translation>Target: number of companies must be filled in.</translation>
        </message>
        <message>
            <source>Mål: antal virksomheder skal være mellem %1 og %2.</source>
            <translation>Target: number of companies must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Mål: antal virksomheder: ugyldig værdi.</source>
            <translation>Target: number of companies: invalid value.</translation>
        </message>
        <message>
            <source>Mål: borgere i job kan ikke være negativ.</source>
            <translation>Target: citizens into jobs cannot be negative.</translation>
        </message>
        <message>
            <source>Mål: borgere i job må højst være %1 tegn.</source>
            <translation>Target: citizens into jobs may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Mål: borgere i job skal udfyldes.</source>
            <translation>Target: citizens into jobs must be filled in.</translation>
        </message>
        <message>
            <source>Mål: borgere i job skal være mellem %1 og %2.</source>
            <translation>Target: citizens into jobs must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Mål: borgere i job: ugyldig værdi.</source>
            <translation>Target: citizens into jobs: invalid value.</translation>
        </message>
        <message>
            <source>Mål: borgere i projektet kan ikke være negativ.</source>
            <translation>Target: citizens in the project cannot be negative.</translation>
        </message>
        <message>
            <source>Mål: borgere i projektet må højst være %1 tegn.</source>
            <translation>Target: citizens in the project may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Mål: borgere i projektet skal udfyldes.</source>
            <translation>Target: citizens in the project must be filled in.</translation>
        </message>
        <message>
            <source>Mål: borgere i projektet skal være mellem %1 og %2.</source>
            <translation>Target: citizens in the project must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Mål: borgere i projektet: ugyldig værdi.</source>
            <translation>Target: citizens in the project: invalid value.</translation>
        </message>
        <message>
            <source>Mål: fastholdt efter 6 måneder (%) kan ikke være negativ.</source>
            <translation>Target: retained after 6 months (%) cannot be negative.</translation>
        </message>
        <message>
            <source>Mål: fastholdt efter 6 måneder (%) må højst være %1 tegn.</source>
            <translation>Target: retained after 6 months (%) may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Mål: fastholdt efter 6 måneder (%) skal udfyldes.</source>
            <translation>Target: retained after 6 months (%) must be filled in.</translation>
        </message>
        <message>
            <source>Mål: fastholdt efter 6 måneder (%) skal være mellem %1 og %2.</source>
            <translation>Target: retained after 6 months (%) must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Mål: fastholdt efter 6 måneder (%): ugyldig værdi.</source>
            <translation>Target: retained after 6 months (%): invalid value.</translation>
        </message>
        <message>
            <source>Målet for borgere i job er større end målet for borgere i projektet.</source>
            <translation>The target for citizens in work is larger than the target for citizens enrolled.</translation>
        </message>
        <message>
            <source>Målgruppe kan ikke være negativ.</source>
            <translation>Target group cannot be negative.</translation>
        </message>
        <message>
            <source>Målgruppe må højst være %1 tegn.</source>
            <translation>Target group may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Målgruppe skal udfyldes.</source>
            <translation>Target group must be filled in.</translation>
        </message>
        <message>
            <source>Målgruppe skal være mellem %1 og %2.</source>
            <translation>Target group must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Målgruppe: ugyldig værdi.</source>
            <translation>Target group: invalid value.</translation>
        </message>
        <message>
            <source>Møde kan ikke være negativ.</source>
            <translation>Meeting cannot be negative.</translation>
        </message>
        <message>
            <source>Møde må højst være %1 tegn.</source>
            <translation>Meeting may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Møde skal udfyldes.</source>
            <translation>Meeting must be filled in.</translation>
        </message>
        <message>
            <source>Møde skal være mellem %1 og %2.</source>
            <translation>Meeting must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Møde: ugyldig værdi.</source>
            <translation>Meeting: invalid value.</translation>
        </message>
        <message>
            <source>Mødet hører til et andet forløb.</source>
            <translation>The meeting belongs to another case.</translation>
        </message>
        <message>
            <source>Mødetype kan ikke være negativ.</source>
            <translation>Meeting type cannot be negative.</translation>
        </message>
        <message>
            <source>Mødetype må højst være %1 tegn.</source>
            <translation>Meeting type may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Mødetype skal udfyldes.</source>
            <translation>Meeting type must be filled in.</translation>
        </message>
        <message>
            <source>Mødetype skal være mellem %1 og %2.</source>
            <translation>Meeting type must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Mødetype: ugyldig værdi.</source>
            <translation>Meeting type: invalid value.</translation>
        </message>
        <message>
            <source>Navn kan ikke være negativ.</source>
            <translation>Name cannot be negative.</translation>
        </message>
        <message>
            <source>Navn må højst være %1 tegn.</source>
            <translation>Name may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Navn skal udfyldes.</source>
            <translation>Name must be filled in.</translation>
        </message>
        <message>
            <source>Navn skal være mellem %1 og %2.</source>
            <translation>Name must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Navn: ugyldig værdi.</source>
            <translation>Name: invalid value.</translation>
        </message>
        <message>
            <source>Netværk kan ikke være negativ.</source>
            <translation>Network cannot be negative.</translation>
        </message>
        <message>
            <source>Netværk må højst være %1 tegn.</source>
            <translation>Network may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Netværk skal udfyldes.</source>
            <translation>Network must be filled in.</translation>
        </message>
        <message>
            <source>Netværk skal være mellem %1 og %2.</source>
            <translation>Network must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Netværk: ugyldig værdi.</source>
            <translation>Network: invalid value.</translation>
        </message>
        <message>
            <source>Note kan ikke være negativ.</source>
            <translation>Note cannot be negative.</translation>
        </message>
        <message>
            <source>Note må højst være %1 tegn.</source>
            <translation>Note may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Note skal udfyldes.</source>
            <translation>Note must be filled in.</translation>
        </message>
        <message>
            <source>Note skal være mellem %1 og %2.</source>
            <translation>Note must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Note: ugyldig værdi.</source>
            <translation>Note: invalid value.</translation>
        </message>
        <message>
            <source>Noter kan ikke være negativ.</source>
            <translation>Notes cannot be negative.</translation>
        </message>
        <message>
            <source>Noter må højst være %1 tegn.</source>
            <translation>Notes may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Noter skal udfyldes.</source>
            <translation>Notes must be filled in.</translation>
        </message>
        <message>
            <source>Noter skal være mellem %1 og %2.</source>
            <translation>Notes must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Noter: ugyldig værdi.</source>
            <translation>Notes: invalid value.</translation>
        </message>
        <message>
            <source>Næste kontakt kan ikke ligge før kontakten.</source>
            <translation>The next contact cannot be before the contact.</translation>
        </message>
        <message>
            <source>Næste kontakt kan ikke være negativ.</source>
            <translation>Next contact cannot be negative.</translation>
        </message>
        <message>
            <source>Næste kontakt må højst være %1 tegn.</source>
            <translation>Next contact may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Næste kontakt skal udfyldes.</source>
            <translation>Next contact must be filled in.</translation>
        </message>
        <message>
            <source>Næste kontakt skal være mellem %1 og %2.</source>
            <translation>Next contact must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Næste kontakt: ugyldig værdi.</source>
            <translation>Next contact: invalid value.</translation>
        </message>
        <message>
            <source>Næste møde kan ikke være negativ.</source>
            <translation>Next meeting cannot be negative.</translation>
        </message>
        <message>
            <source>Næste møde må højst være %1 tegn.</source>
            <translation>Next meeting may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Næste møde skal ligge efter dette møde.</source>
            <translation>The next meeting must be after this meeting.</translation>
        </message>
        <message>
            <source>Næste møde skal udfyldes.</source>
            <translation>Next meeting must be filled in.</translation>
        </message>
        <message>
            <source>Næste møde skal være mellem %1 og %2.</source>
            <translation>Next meeting must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Næste møde: ugyldig værdi.</source>
            <translation>Next meeting: invalid value.</translation>
        </message>
        <message>
            <source>Næste skridt kan ikke være negativ.</source>
            <translation>Next step cannot be negative.</translation>
        </message>
        <message>
            <source>Næste skridt må højst være %1 tegn.</source>
            <translation>Next step may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Næste skridt skal udfyldes.</source>
            <translation>Next step must be filled in.</translation>
        </message>
        <message>
            <source>Næste skridt skal være mellem %1 og %2.</source>
            <translation>Next step must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Næste skridt: ugyldig værdi.</source>
            <translation>Next step: invalid value.</translation>
        </message>
        <message>
            <source>Opfølgningen findes ikke.</source>
            <translation>The follow-up does not exist.</translation>
        </message>
        <message>
            <source>Opfølgningen hører til et andet forløb.</source>
            <translation>The follow-up belongs to another case.</translation>
        </message>
        <message>
            <source>Opfølgningen ligger før forløbets start.</source>
            <translation>The follow-up is before the case's start.</translation>
        </message>
        <message>
            <source>Opfølgningen ligger i fremtiden; tjek datoen.</source>
            <translation>The follow-up is in the future; check the date.</translation>
        </message>
        <message>
            <source>Opgaver kan ikke være negativ.</source>
            <translation>Tasks cannot be negative.</translation>
        </message>
        <message>
            <source>Opgaver må højst være %1 tegn.</source>
            <translation>Tasks may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Opgaver skal udfyldes.</source>
            <translation>Tasks must be filled in.</translation>
        </message>
        <message>
            <source>Opgaver skal være mellem %1 og %2.</source>
            <translation>Tasks must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Opgaver: ugyldig værdi.</source>
            <translation>Tasks: invalid value.</translation>
        </message>
        <message>
            <source>Ordning kan ikke være negativ.</source>
            <translation>Scheme cannot be negative.</translation>
        </message>
        <message>
            <source>Ordning må højst være %1 tegn.</source>
            <translation>Scheme may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Ordning skal udfyldes.</source>
            <translation>Scheme must be filled in.</translation>
        </message>
        <message>
            <source>Ordning skal være mellem %1 og %2.</source>
            <translation>Scheme must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Ordning: ugyldig værdi.</source>
            <translation>Scheme: invalid value.</translation>
        </message>
        <message>
            <source>Ordningen findes ikke.</source>
            <translation>The scheme does not exist.</translation>
        </message>
        <message>
            <source>Ordningen hører til et andet forløb.</source>
            <translation>The scheme belongs to another case.</translation>
        </message>
        <message>
            <source>Overdragelsen findes ikke.</source>
            <translation>The transfer does not exist.</translation>
        </message>
        <message>
            <source>P-nummer kan ikke være negativ.</source>
            <translation>P-number cannot be negative.</translation>
        </message>
        <message>
            <source>P-nummer må højst være %1 tegn.</source>
            <translation>P-number may be at most %1 characters.</translation>
        </message>
        <message>
            <source>P-nummer skal udfyldes.</source>
            <translation>P-number must be filled in.</translation>
        </message>
        <message>
            <source>P-nummer skal være mellem %1 og %2.</source>
            <translation>P-number must be between %1 and %2.</translation>
        </message>
        <message>
            <source>P-nummer: ugyldig værdi.</source>
            <translation>P-number: invalid value.</translation>
        </message>
        <message>
            <source>P-nummeret skal være %1 cifre.</source>
            <translation>The P-number must be %1 digits.</translation>
        </message>
        <message>
            <source>Planen er underskrevet og kan ikke ændres. Lav en ny version med 'Ændr aftale'.</source>
            <translation>The plan is signed and cannot be changed. Make a new version with 'Change agreement'.</translation>
        </message>
        <message>
            <source>Planen findes ikke.</source>
            <translation>The plan does not exist.</translation>
        </message>
        <message>
            <source>Planen mangler forpligtelser for: borger, jobcenter.</source>
            <translation>The plan has no commitments for: citizen, job centre.</translation>
        </message>
        <message>
            <source>Planen mangler forpligtelser for: borger, virksomhed, jobcenter.</source>
            <translation>The plan has no commitments for: citizen, company, job centre.</translation>
        </message>
        <message>
            <source>Planen mangler forpligtelser for: borger, virksomhed.</source>
            <translation>The plan has no commitments for: citizen, company.</translation>
        </message>
        <message>
            <source>Planen mangler forpligtelser for: borger.</source>
            <translation>The plan has no commitments for: citizen.</translation>
        </message>
        <message>
            <source>Planen mangler forpligtelser for: jobcenter.</source>
            <translation>The plan has no commitments for: job centre.</translation>
        </message>
        <message>
            <source>Planen mangler forpligtelser for: virksomhed, jobcenter.</source>
            <translation>The plan has no commitments for: company, job centre.</translation>
        </message>
        <message>
            <source>Planen mangler forpligtelser for: virksomhed.</source>
            <translation>The plan has no commitments for: company.</translation>
        </message>
        <message>
            <source>Planen mangler timeprogression.</source>
            <translation>The plan has no hours progression.</translation>
        </message>
        <message>
            <source>Planlagte timer pr. uge kan ikke være negativ.</source>
            <translation>Planned hours per week cannot be negative.</translation>
        </message>
        <message>
            <source>Planlagte timer pr. uge må højst være %1 tegn.</source>
            <translation>Planned hours per week may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Planlagte timer pr. uge skal udfyldes.</source>
            <translation>Planned hours per week must be filled in.</translation>
        </message>
        <message>
            <source>Planlagte timer pr. uge skal være mellem %1 og %2.</source>
            <translation>Planned hours per week must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Planlagte timer pr. uge: ugyldig værdi.</source>
            <translation>Planned hours per week: invalid value.</translation>
        </message>
        <message>
            <source>Postnummer (arbejdssted) kan ikke være negativ.</source>
            <translation>Postcode (workplace) cannot be negative.</translation>
        </message>
        <message>
            <source>Postnummer (arbejdssted) må højst være %1 tegn.</source>
            <translation>Postcode (workplace) may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Postnummer (arbejdssted) skal udfyldes.</source>
            <translation>Postcode (workplace) must be filled in.</translation>
        </message>
        <message>
            <source>Postnummer (arbejdssted) skal være mellem %1 og %2.</source>
            <translation>Postcode (workplace) must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Postnummer (arbejdssted): ugyldig værdi.</source>
            <translation>Postcode (workplace): invalid value.</translation>
        </message>
        <message>
            <source>Postnummeret skal være %1 cifre.</source>
            <translation>The postcode must be %1 digits.</translation>
        </message>
        <message>
            <source>Projekt kan ikke være negativ.</source>
            <translation>Project cannot be negative.</translation>
        </message>
        <message>
            <source>Projekt må højst være %1 tegn.</source>
            <translation>Project may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Projekt skal udfyldes.</source>
            <translation>Project must be filled in.</translation>
        </message>
        <message>
            <source>Projekt skal være mellem %1 og %2.</source>
            <translation>Project must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Projekt: ugyldig værdi.</source>
            <translation>Project: invalid value.</translation>
        </message>
        <message>
            <source>Projektet har forløb knyttet til sig og kan ikke slettes. Flyt forløbene til et andet projekt først.</source>
            <translation>Cases are linked to the project, so it cannot be deleted. Move the cases to another project first.</translation>
        </message>
        <message>
            <source>På samtykke kan ikke være negativ.</source>
            <translation>On consent cannot be negative.</translation>
        </message>
        <message>
            <source>På samtykke må højst være %1 tegn.</source>
            <translation>On consent may be at most %1 characters.</translation>
        </message>
        <message>
            <source>På samtykke skal udfyldes.</source>
            <translation>On consent must be filled in.</translation>
        </message>
        <message>
            <source>På samtykke skal være mellem %1 og %2.</source>
            <translation>On consent must be between %1 and %2.</translation>
        </message>
        <message>
            <source>På samtykke: ugyldig værdi.</source>
            <translation>On consent: invalid value.</translation>
        </message>
        <message>
            <source>Påvirker en fysisk eller psykisk funktionsnedsættelse, hvilke job eller timer du kan tage? kan ikke være negativ.</source>
            <translation>Does a physical or mental impairment affect which jobs or hours you can take? cannot be negative.</translation>
        </message>
        <message>
            <source>Påvirker en fysisk eller psykisk funktionsnedsættelse, hvilke job eller timer du kan tage? må højst være %1 tegn.</source>
            <translation>Does a physical or mental impairment affect which jobs or hours you can take? may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Påvirker en fysisk eller psykisk funktionsnedsættelse, hvilke job eller timer du kan tage? skal udfyldes.</source>
            <translation>Does a physical or mental impairment affect which jobs or hours you can take? must be filled in.</translation>
        </message>
        <message>
            <source>Påvirker en fysisk eller psykisk funktionsnedsættelse, hvilke job eller timer du kan tage? skal være mellem %1 og %2.</source>
            <translation>Does a physical or mental impairment affect which jobs or hours you can take? must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Påvirker en fysisk eller psykisk funktionsnedsættelse, hvilke job eller timer du kan tage?: ugyldig værdi.</source>
            <translation>Does a physical or mental impairment affect which jobs or hours you can take?: invalid value.</translation>
        </message>
        <message>
            <source>Referat kan ikke være negativ.</source>
            <translation>Minutes cannot be negative.</translation>
        </message>
        <message>
            <source>Referat må højst være %1 tegn.</source>
            <translation>Minutes may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Referat skal udfyldes.</source>
            <translation>Minutes must be filled in.</translation>
        </message>
        <message>
            <source>Referat skal være mellem %1 og %2.</source>
            <translation>Minutes must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Referat: ugyldig værdi.</source>
            <translation>Minutes: invalid value.</translation>
        </message>
        <message>
            <source>Registreret ved møde kan ikke være negativ.</source>
            <translation>Recorded at meeting cannot be negative.</translation>
        </message>
        <message>
            <source>Registreret ved møde må højst være %1 tegn.</source>
            <translation>Recorded at meeting may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Registreret ved møde skal udfyldes.</source>
            <translation>Recorded at meeting must be filled in.</translation>
        </message>
        <message>
            <source>Registreret ved møde skal være mellem %1 og %2.</source>
            <translation>Recorded at meeting must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Registreret ved møde: ugyldig værdi.</source>
            <translation>Recorded at meeting: invalid value.</translation>
        </message>
        <message>
            <source>Resultat kan ikke være negativ.</source>
            <translation>Outcome cannot be negative.</translation>
        </message>
        <message>
            <source>Resultat må højst være %1 tegn.</source>
            <translation>Outcome may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Resultat skal udfyldes.</source>
            <translation>Outcome must be filled in.</translation>
        </message>
        <message>
            <source>Resultat skal være mellem %1 og %2.</source>
            <translation>Outcome must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Resultat: ugyldig værdi.</source>
            <translation>Outcome: invalid value.</translation>
        </message>
        <message>
            <source>Retning kan ikke være negativ.</source>
            <translation>Direction cannot be negative.</translation>
        </message>
        <message>
            <source>Retning må højst være %1 tegn.</source>
            <translation>Direction may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Retning skal udfyldes.</source>
            <translation>Direction must be filled in.</translation>
        </message>
        <message>
            <source>Retning skal være mellem %1 og %2.</source>
            <translation>Direction must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Retning: ugyldig værdi.</source>
            <translation>Direction: invalid value.</translation>
        </message>
        <message>
            <source>Samtykke til at registrere svarene kan ikke være negativ.</source>
            <translation>Consent to record the answers cannot be negative.</translation>
        </message>
        <message>
            <source>Samtykke til at registrere svarene må højst være %1 tegn.</source>
            <translation>Consent to record the answers may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Samtykke til at registrere svarene skal udfyldes.</source>
            <translation>Consent to record the answers must be filled in.</translation>
        </message>
        <message>
            <source>Samtykke til at registrere svarene skal være mellem %1 og %2.</source>
            <translation>Consent to record the answers must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Samtykke til at registrere svarene: ugyldig værdi.</source>
            <translation>Consent to record the answers: invalid value.</translation>
        </message>
        <message>
            <source>Samtykket gjaldt ikke på overdragelsens dato.</source>
            <translation>The consent was not valid on the date of the transfer.</translation>
        </message>
        <message>
            <source>Samtykket hører ikke til forløbets borger.</source>
            <translation>The consent does not belong to the case's citizen.</translation>
        </message>
        <message>
            <source>Screenet af kan ikke være negativ.</source>
            <translation>Screened by cannot be negative.</translation>
        </message>
        <message>
            <source>Screenet af må højst være %1 tegn.</source>
            <translation>Screened by may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Screenet af skal udfyldes.</source>
            <translation>Screened by must be filled in.</translation>
        </message>
        <message>
            <source>Screenet af skal være mellem %1 og %2.</source>
            <translation>Screened by must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Screenet af: ugyldig værdi.</source>
            <translation>Screened by: invalid value.</translation>
        </message>
        <message>
            <source>Screenet kan ikke være negativ.</source>
            <translation>Screened cannot be negative.</translation>
        </message>
        <message>
            <source>Screenet må højst være %1 tegn.</source>
            <translation>Screened may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Screenet skal udfyldes.</source>
            <translation>Screened must be filled in.</translation>
        </message>
        <message>
            <source>Screenet skal være mellem %1 og %2.</source>
            <translation>Screened must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Screenet: ugyldig værdi.</source>
            <translation>Screened: invalid value.</translation>
        </message>
        <message>
            <source>Screening kan ikke være negativ.</source>
            <translation>Screening cannot be negative.</translation>
        </message>
        <message>
            <source>Screening må højst være %1 tegn.</source>
            <translation>Screening may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Screening skal udfyldes.</source>
            <translation>Screening must be filled in.</translation>
        </message>
        <message>
            <source>Screening skal være mellem %1 og %2.</source>
            <translation>Screening must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Screening: ugyldig værdi.</source>
            <translation>Screening: invalid value.</translation>
        </message>
        <message>
            <source>Screeningen findes ikke.</source>
            <translation>The screening does not exist.</translation>
        </message>
        <message>
            <source>Screeningen hører til en anden borger.</source>
            <translation>The screening belongs to another citizen.</translation>
        </message>
        <message>
            <source>Screeningen ligger i fremtiden; tjek tidspunktet.</source>
            <translation>The screening is in the future; check the time.</translation>
        </message>
        <message>
            <source>Screeningen viser ingen funktionsnedsættelse, der påvirker job eller timer (eller borgeren har ikke givet samtykke): der oprettes ikke et forløb ud fra den.</source>
            <translation>The screening shows no impairment affecting jobs or hours (or the citizen has not consented): no case is opened from it.</translation>
        </message>
        <message>
            <source>Skema kan ikke være negativ.</source>
            <translation>Questionnaire cannot be negative.</translation>
        </message>
        <message>
            <source>Skema må højst være %1 tegn.</source>
            <translation>Questionnaire may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Skema skal udfyldes.</source>
            <translation>Questionnaire must be filled in.</translation>
        </message>
        <message>
            <source>Skema skal være mellem %1 og %2.</source>
            <translation>Questionnaire must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Skema: ugyldig værdi.</source>
            <translation>Questionnaire: invalid value.</translation>
        </message>
        <message>
            <source>Skemaet findes ikke.</source>
            <translation>The questionnaire does not exist.</translation>
        </message>
        <message>
            <source>Skemaet hører til et andet forløb.</source>
            <translation>The questionnaire belongs to another case.</translation>
        </message>
        <message>
            <source>Skriv datoen for afgørelsen (bevilget eller afslået).</source>
            <translation>Write the date of the decision (granted or refused).</translation>
        </message>
        <message>
            <source>Skriv datoen for ansøgningen.</source>
            <translation>Write the date of the application.</translation>
        </message>
        <message>
            <source>Skriv hvor mange timer pr. uge borgeren ansættes i (%1-%2), når næste skridt er ansættelse.</source>
            <translation>Write how many hours per week the citizen is hired for (%1-%2) when the next step is hiring.</translation>
        </message>
        <message>
            <source>Skriv underskriverens fulde navn, ikke et brugernavn.</source>
            <translation>Write the signer's full name, not a user name.</translation>
        </message>
        <message>
            <source>Skånehensyn nr. %1 mangler en beskrivelse.</source>
            <translation>Skånehensyn no. %1 has no description.</translation>
        </message>
        <message>
            <source>Skånehensyn virksomheden kan tilbyde kan ikke være negativ.</source>
            <translation>Accommodations the company can offer cannot be negative.</translation>
        </message>
        <message>
            <source>Skånehensyn virksomheden kan tilbyde må højst være %1 tegn.</source>
            <translation>Accommodations the company can offer may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Skånehensyn virksomheden kan tilbyde skal udfyldes.</source>
            <translation>Accommodations the company can offer must be filled in.</translation>
        </message>
        <message>
            <source>Skånehensyn virksomheden kan tilbyde skal være mellem %1 og %2.</source>
            <translation>Accommodations the company can offer must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Skånehensyn virksomheden kan tilbyde: ugyldig værdi.</source>
            <translation>Accommodations the company can offer: invalid value.</translation>
        </message>
        <message>
            <source>Slutdato kan ikke være negativ.</source>
            <translation>End date cannot be negative.</translation>
        </message>
        <message>
            <source>Slutdato må højst være %1 tegn.</source>
            <translation>End date may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Slutdato skal udfyldes.</source>
            <translation>End date must be filled in.</translation>
        </message>
        <message>
            <source>Slutdato skal være mellem %1 og %2.</source>
            <translation>End date must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Slutdato: ugyldig værdi.</source>
            <translation>End date: invalid value.</translation>
        </message>
        <message>
            <source>Slutdatoen ligger før startdatoen.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Slutskemaet ligger før startskemaet.</source>
            <translation>The end questionnaire is dated before the start questionnaire.</translation>
        </message>
        <message>
            <source>Socialøkonomi og cirkulær økonomi kan ikke være negativ.</source>
            <translation>Social and circular economy cannot be negative.</translation>
        </message>
        <message>
            <source>Socialøkonomi og cirkulær økonomi må højst være %1 tegn.</source>
            <translation>Social and circular economy may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Socialøkonomi og cirkulær økonomi skal udfyldes.</source>
            <translation>Social and circular economy must be filled in.</translation>
        </message>
        <message>
            <source>Socialøkonomi og cirkulær økonomi skal være mellem %1 og %2.</source>
            <translation>Social and circular economy must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Socialøkonomi og cirkulær økonomi: ugyldig værdi.</source>
            <translation>Social and circular economy: invalid value.</translation>
        </message>
        <message>
            <source>Start kan ikke være negativ.</source>
            <translation>Start cannot be negative.</translation>
        </message>
        <message>
            <source>Start må højst være %1 tegn.</source>
            <translation>Start may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Start skal udfyldes.</source>
            <translation>Start must be filled in.</translation>
        </message>
        <message>
            <source>Start skal være mellem %1 og %2.</source>
            <translation>Start must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Start: ugyldig værdi.</source>
            <translation>Start: invalid value.</translation>
        </message>
        <message>
            <source>Startdato kan ikke være negativ.</source>
            <translation>Start date cannot be negative.</translation>
        </message>
        <message>
            <source>Startdato må højst være %1 tegn.</source>
            <translation>Start date may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Startdato skal udfyldes.</source>
            <translation>Start date must be filled in.</translation>
        </message>
        <message>
            <source>Startdato skal være mellem %1 og %2.</source>
            <translation>Start date must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Startdato: ugyldig værdi.</source>
            <translation>Start date: invalid value.</translation>
        </message>
        <message>
            <source>Status i forhold til mål kan ikke være negativ.</source>
            <translation>Status against goals cannot be negative.</translation>
        </message>
        <message>
            <source>Status i forhold til mål må højst være %1 tegn.</source>
            <translation>Status against goals may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Status i forhold til mål skal udfyldes.</source>
            <translation>Status against goals must be filled in.</translation>
        </message>
        <message>
            <source>Status i forhold til mål skal være mellem %1 og %2.</source>
            <translation>Status against goals must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Status i forhold til mål: ugyldig værdi.</source>
            <translation>Status against goals: invalid value.</translation>
        </message>
        <message>
            <source>Status kan ikke være negativ.</source>
            <translation>Status cannot be negative.</translation>
        </message>
        <message>
            <source>Status må højst være %1 tegn.</source>
            <translation>Status may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Status skal udfyldes.</source>
            <translation>Status must be filled in.</translation>
        </message>
        <message>
            <source>Status skal være mellem %1 og %2.</source>
            <translation>Status must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Status: ugyldig værdi.</source>
            <translation>Status: invalid value.</translation>
        </message>
        <message>
            <source>Sted kan ikke være negativ.</source>
            <translation>Place cannot be negative.</translation>
        </message>
        <message>
            <source>Sted må højst være %1 tegn.</source>
            <translation>Place may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Sted skal udfyldes.</source>
            <translation>Place must be filled in.</translation>
        </message>
        <message>
            <source>Sted skal være mellem %1 og %2.</source>
            <translation>Place must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Sted: ugyldig værdi.</source>
            <translation>Place: invalid value.</translation>
        </message>
        <message>
            <source>Støtteform kan ikke være negativ.</source>
            <translation>Kind of support cannot be negative.</translation>
        </message>
        <message>
            <source>Støtteform må højst være %1 tegn.</source>
            <translation>Kind of support may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Støtteform skal udfyldes.</source>
            <translation>Kind of support must be filled in.</translation>
        </message>
        <message>
            <source>Støtteform skal være mellem %1 og %2.</source>
            <translation>Kind of support must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Støtteform: ugyldig værdi.</source>
            <translation>Kind of support: invalid value.</translation>
        </message>
        <message>
            <source>Sådan virker skånehensynene for os kan ikke være negativ.</source>
            <translation>How the skånehensyn work for us cannot be negative.</translation>
        </message>
        <message>
            <source>Sådan virker skånehensynene for os må højst være %1 tegn.</source>
            <translation>How the skånehensyn work for us may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Sådan virker skånehensynene for os skal udfyldes.</source>
            <translation>How the skånehensyn work for us must be filled in.</translation>
        </message>
        <message>
            <source>Sådan virker skånehensynene for os skal være mellem %1 og %2.</source>
            <translation>How the skånehensyn work for us must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Sådan virker skånehensynene for os: ugyldig værdi.</source>
            <translation>How the skånehensyn work for us: invalid value.</translation>
        </message>
        <message>
            <source>Søgt kan ikke være negativ.</source>
            <translation>Applied for cannot be negative.</translation>
        </message>
        <message>
            <source>Søgt må højst være %1 tegn.</source>
            <translation>Applied for may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Søgt skal udfyldes.</source>
            <translation>Applied for must be filled in.</translation>
        </message>
        <message>
            <source>Søgt skal være mellem %1 og %2.</source>
            <translation>Applied for must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Søgt: ugyldig værdi.</source>
            <translation>Applied for: invalid value.</translation>
        </message>
        <message>
            <source>Team kan ikke være negativ.</source>
            <translation>Team cannot be negative.</translation>
        </message>
        <message>
            <source>Team må højst være %1 tegn.</source>
            <translation>Team may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Team skal udfyldes.</source>
            <translation>Team must be filled in.</translation>
        </message>
        <message>
            <source>Team skal være mellem %1 og %2.</source>
            <translation>Team must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Team: ugyldig værdi.</source>
            <translation>Team: invalid value.</translation>
        </message>
        <message>
            <source>Teamets navn må højst være %1 tegn.</source>
            <translation>The team's name may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Teksten ligner en diagnose (%1). Beskriv i stedet, hvad det betyder for arbejdet (fx 'tåler ikke løft over 5 kg').</source>
            <translation>The text looks like a diagnosis (%1). Describe instead what it means for the work (e.g. 'cannot lift more than 5 kg').</translation>
        </message>
        <message>
            <source>Telefon kan ikke være negativ.</source>
            <translation>Phone cannot be negative.</translation>
        </message>
        <message>
            <source>Telefon må højst være %1 tegn.</source>
            <translation>Phone may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Telefon skal udfyldes.</source>
            <translation>Phone must be filled in.</translation>
        </message>
        <message>
            <source>Telefon skal være mellem %1 og %2.</source>
            <translation>Phone must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Telefon: ugyldig værdi.</source>
            <translation>Phone: invalid value.</translation>
        </message>
        <message>
            <source>Tidspunkt kan ikke være negativ.</source>
            <translation>Time cannot be negative.</translation>
        </message>
        <message>
            <source>Tidspunkt må højst være %1 tegn.</source>
            <translation>Time may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Tidspunkt skal udfyldes.</source>
            <translation>Time must be filled in.</translation>
        </message>
        <message>
            <source>Tidspunkt skal være mellem %1 og %2.</source>
            <translation>Time must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Tidspunkt: ugyldig værdi.</source>
            <translation>Time: invalid value.</translation>
        </message>
        <message>
            <source>Timer pr. uge kan højst være %1 (fuld tid).</source>
            <translation>Hours per week can be at most %1 (full time).</translation>
        </message>
        <message>
            <source>Timer pr. uge kan ikke være negativ.</source>
            <translation>Hours per week cannot be negative.</translation>
        </message>
        <message>
            <source>Timer pr. uge må højst være %1 tegn.</source>
            <translation>Hours per week may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Timer pr. uge skal udfyldes.</source>
            <translation>Hours per week must be filled in.</translation>
        </message>
        <message>
            <source>Timer pr. uge skal være mellem %1 og %2.</source>
            <translation>Hours per week must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Timer pr. uge: ugyldig værdi.</source>
            <translation>Hours per week: invalid value.</translation>
        </message>
        <message>
            <source>Timerne fordelt på ugedagene (%1) svarer ikke til timer pr. uge (%2).</source>
            <translation>The hours spread over the weekdays (%1) do not add up to the hours per week (%2).</translation>
        </message>
        <message>
            <source>Titel kan ikke være negativ.</source>
            <translation>Title cannot be negative.</translation>
        </message>
        <message>
            <source>Titel må højst være %1 tegn.</source>
            <translation>Title may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Titel skal udfyldes.</source>
            <translation>Title must be filled in.</translation>
        </message>
        <message>
            <source>Titel skal være mellem %1 og %2.</source>
            <translation>Title must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Titel: ugyldig værdi.</source>
            <translation>Title: invalid value.</translation>
        </message>
        <message>
            <source>Trepartsplan er underskrevet og kan ikke ændres. Lav en ny version med 'Ændr aftale'.</source>
            <translation>The trepartsplan is signed and cannot be changed. Make a new version with 'Change agreement'.</translation>
        </message>
        <message>
            <source>Trepartsplan kan ikke være negativ.</source>
            <translation>Trepartsplan cannot be negative.</translation>
        </message>
        <message>
            <source>Trepartsplan må højst være %1 tegn.</source>
            <translation>Trepartsplan may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Trepartsplan skal udfyldes.</source>
            <translation>Trepartsplan must be filled in.</translation>
        </message>
        <message>
            <source>Trepartsplan skal være mellem %1 og %2.</source>
            <translation>Trepartsplan must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Trepartsplan: ugyldig værdi.</source>
            <translation>Trepartsplan: invalid value.</translation>
        </message>
        <message>
            <source>Type kan ikke være negativ.</source>
            <translation>Type cannot be negative.</translation>
        </message>
        <message>
            <source>Type må højst være %1 tegn.</source>
            <translation>Type may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Type skal udfyldes.</source>
            <translation>Type must be filled in.</translation>
        </message>
        <message>
            <source>Type skal være mellem %1 og %2.</source>
            <translation>Type must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Type: ugyldig værdi.</source>
            <translation>Type: invalid value.</translation>
        </message>
        <message>
            <source>Udfyldt kan ikke være negativ.</source>
            <translation>Filled in cannot be negative.</translation>
        </message>
        <message>
            <source>Udfyldt må højst være %1 tegn.</source>
            <translation>Filled in may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Udfyldt skal udfyldes.</source>
            <translation>Filled in must be filled in.</translation>
        </message>
        <message>
            <source>Udfyldt skal være mellem %1 og %2.</source>
            <translation>Filled in must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Udfyldt: ugyldig værdi.</source>
            <translation>Filled in: invalid value.</translation>
        </message>
        <message>
            <source>Udført kan ikke være negativ.</source>
            <translation>Done cannot be negative.</translation>
        </message>
        <message>
            <source>Udført må højst være %1 tegn.</source>
            <translation>Done may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Udført skal udfyldes.</source>
            <translation>Done must be filled in.</translation>
        </message>
        <message>
            <source>Udført skal være mellem %1 og %2.</source>
            <translation>Done must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Udført: ugyldig værdi.</source>
            <translation>Done: invalid value.</translation>
        </message>
        <message>
            <source>Udmeldelsen kan ikke ligge før indmeldelsen.</source>
            <translation>Leaving cannot be before joining.</translation>
        </message>
        <message>
            <source>Udmeldt kan ikke være negativ.</source>
            <translation>Left cannot be negative.</translation>
        </message>
        <message>
            <source>Udmeldt må højst være %1 tegn.</source>
            <translation>Left may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Udmeldt skal udfyldes.</source>
            <translation>Left must be filled in.</translation>
        </message>
        <message>
            <source>Udmeldt skal være mellem %1 og %2.</source>
            <translation>Left must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Udmeldt: ugyldig værdi.</source>
            <translation>Left: invalid value.</translation>
        </message>
        <message>
            <source>Uge %1-%2 overlapper uge %3-%4.</source>
            <translation>Weeks %1-%2 overlap weeks %3-%4.</translation>
        </message>
        <message>
            <source>Uge %1-%2: %3 timer pr. uge er over %4.</source>
            <translation>Weeks %1-%2: %3 hours per week is more than %4.</translation>
        </message>
        <message>
            <source>Uge %1-%2: dage pr. uge skal være %3-%4.</source>
            <translation>Weeks %1-%2: days per week must be %3-%4.</translation>
        </message>
        <message>
            <source>Uge %1-%2: løntimer pr. uge skal være %3-%4.</source>
            <translation>Weeks %1-%2: paid hours per week must be %3-%4.</translation>
        </message>
        <message>
            <source>Uge %1-%2: praktik og løntimer er tilsammen %3 timer pr. uge; højst %4.</source>
            <translation>Weeks %1-%2: praktik and paid hours are %3 hours per week together; at most %4.</translation>
        </message>
        <message>
            <source>Uge %1-%2: timer pr. dag er ugyldige.</source>
            <translation>Weeks %1-%2: the hours per day are invalid.</translation>
        </message>
        <message>
            <source>Uge %1-%2: ugerne er ugyldige.</source>
            <translation>Weeks %1-%2: the weeks are invalid.</translation>
        </message>
        <message>
            <source>Ukendt part.</source>
            <translation>Unknown party.</translation>
        </message>
        <message>
            <source>Underskriften er tom.</source>
            <translation>The signature is empty.</translation>
        </message>
        <message>
            <source>Underskriveren mangler navn.</source>
            <translation>The signer's name is missing.</translation>
        </message>
        <message>
            <source>Vedhæft en scanning eller et foto af papiret.</source>
            <translation>Attach a scan or a photo of the paper.</translation>
        </message>
        <message>
            <source>Virker skånehensynene? kan ikke være negativ.</source>
            <translation>Are the skånehensyn working? cannot be negative.</translation>
        </message>
        <message>
            <source>Virker skånehensynene? må højst være %1 tegn.</source>
            <translation>Are the skånehensyn working? may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Virker skånehensynene? skal udfyldes.</source>
            <translation>Are the skånehensyn working? must be filled in.</translation>
        </message>
        <message>
            <source>Virker skånehensynene? skal være mellem %1 og %2.</source>
            <translation>Are the skånehensyn working? must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Virker skånehensynene?: ugyldig værdi.</source>
            <translation>Are the skånehensyn working?: invalid value.</translation>
        </message>
        <message>
            <source>Virksomhed har allerede underskrevet denne version.</source>
            <translation>The company has already signed this version.</translation>
        </message>
        <message>
            <source>Virksomhed har underskrevet; ændringen kræver en ny underskrift.</source>
            <translation>The company has signed; the change needs a new signature.</translation>
        </message>
        <message>
            <source>Virksomhed kan ikke være negativ.</source>
            <translation>Company cannot be negative.</translation>
        </message>
        <message>
            <source>Virksomhed må højst være %1 tegn.</source>
            <translation>Company may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Virksomhed og Jobcenter har underskrevet; ændringen kræver en ny underskrift.</source>
            <translation>The company and the job centre have signed; the change needs a new signature.</translation>
        </message>
        <message>
            <source>Virksomhed skal udfyldes.</source>
            <translation>Company must be filled in.</translation>
        </message>
        <message>
            <source>Virksomhed skal være mellem %1 og %2.</source>
            <translation>Company must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Virksomhed: ugyldig værdi.</source>
            <translation>Company: invalid value.</translation>
        </message>
        <message>
            <source>Virksomhedens interesse kan ikke være negativ.</source>
            <translation>The company's interest cannot be negative.</translation>
        </message>
        <message>
            <source>Virksomhedens interesse må højst være %1 tegn.</source>
            <translation>The company's interest may be at most %1 characters.</translation>
        </message>
        <message>
            <source>Virksomhedens interesse skal udfyldes.</source>
            <translation>The company's interest must be filled in.</translation>
        </message>
        <message>
            <source>Virksomhedens interesse skal være mellem %1 og %2.</source>
            <translation>The company's interest must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Virksomhedens interesse: ugyldig værdi.</source>
            <translation>The company's interest: invalid value.</translation>
        </message>
        <message>
            <source>Vælg en rolle.</source>
            <translation>Choose a role.</translation>
        </message>
        <message>
            <source>Vælg virksomheden, når medlemmet er en virksomhed.</source>
            <translation>Choose the company when the member is a company.</translation>
        </message>
        <message>
            <source>Vælg, hvad der gives samtykke til.</source>
            <translation>Choose what the consent is for.</translation>
        </message>
        <message>
            <source>Vælg, hvordan samtykket er givet.</source>
            <translation>Choose how the consent was given.</translation>
        </message>
        <message>
            <source>«Til» kan ikke ligge før «Fra».</source>
            <translation>«To» cannot be before «From».</translation>
        </message>
    </context>
</TS>
