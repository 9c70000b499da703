<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="da_DK">
    <context>
        <name />
        <message>
            <source>Fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Størrelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilføjet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helbred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helbredsoplysninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccommodationRow</name>
        <message>
            <source>Hvad betyder det i arbejdet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvornår / hvor ofte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ingen ordning)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skånehensyn %1: kategori</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skånehensyn %1: beskrivelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skånehensyn %1: hvornår</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skånehensyn %1: ordning der betaler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fjern skånehensyn %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionList</name>
        <message>
            <source>Tilføj &amp;handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handling %1: skriv fristen som dd.mm.åååå.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionRow</name>
        <message>
            <source>Hvad skal gøres?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvad skal gøres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem har bolden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Udført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handling %1: hvad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handling %1: hvem har bolden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handling %1: frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handling %1: udført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fjern handling %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handling %1: skriv fristen som dd.mm.åååå.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AftercareDialog</name>
        <message>
            <source>Planlæg efterværn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ansættelsen startede:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der oprettes opfølgninger efter 2 uger og 1, 3, 6 og 12 måneder (eller forløbets egen kadence).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startdato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv en dato.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Tidspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Næste møde (planlagt)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: kontaktperson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordning og periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beskriv hvad hensynet betyder i arbejdet (funktionelt), ikke en diagnose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kategori</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvornår</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Betales af ordning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vælg skånehensyn fra kataloget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilføj fra katalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilføj andet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opgaver og støtte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dårlige dage og samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgeren giver samtykke til, at aftalen deles med virksomheden og mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer pr. ugedag skal være tal, fx 4 eller 3,5.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreementModel</name>
        <message>
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gælder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer pr. uge</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Trepart</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <source>Kompenserende ordning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skal søges: behovet er konstateret. Søgt: ansøgningen er sendt. Bevilget eller afslået: skriv datoen for afgørelsen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>Bilag: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billede: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Bilag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helbredsoplysninger (fx lægeerklæring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filer med helbredsoplysninger vises aldrig for mentorer og sendes aldrig til deres computere. Markeringen kan ikke fjernes igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beskrivelse (valgfri)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beskrivelse af filen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vedhæft fil …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF, JPEG eller PNG; højst %1 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åbn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem med filen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem mødet for at vedhæfte filer til det.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vedhæft fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF og billeder (%1);;Alle filer (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen kunne ikke læses (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen «%1» er tom og kan ikke vedhæftes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen «%1» fylder %2. Den største fil, der kan vedhæftes, er %3 (kan ændres under Indstillinger).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen «%1» er ikke en PDF, JPEG eller PNG (filens indhold er afgørende, ikke dens navn). Kun de typer kan vedhæftes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mødet findes ikke i dette forløb.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen findes ikke, eller du har ikke adgang til den.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen er ikke hentet helt til denne computer endnu. Synkronisér, og prøv igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen er beskadiget: dens indhold passer ikke med det, der blev vedhæftet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slette «%1»? Filen fjernes fra forløbet på alle computere.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Underskrift annulleret af ændring i: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ændret: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bruger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detaljer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BenefitReturnStrip</name>
        <message>
            <source>Tilbage på offentlig forsørgelse efter jobstart (%1):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgere tilbage på offentlig forsørgelse</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseActionModel</name>
        <message>
            <source>Hvad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem har bolden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Udført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nej</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseEditorDialog</name>
        <message>
            <source>Nyt forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rediger forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløbet oprettes for en eksisterende borger; ændringer her gemmes på borgeren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projekt, jobstart og støttetimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drøm: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens egen liste: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseFollowUpModel</name>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Betegnelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registreret ved møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nej</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseMeetingModel</name>
        <message>
            <source>Tidspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virker skånehensynene?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åbne handlinger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Næste møde</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Konsulent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>← Tilb&amp;age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilbage (Alt+Venstre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henter forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rediger forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rediger forløb og borger (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt &amp;møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrér et nyt møde (Ctrl+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efterværn og opfølgninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efter ansættelse følges der op med faste mellemrum (2 uger, 1, 3, 6 og 12 måneder), så borgeren ikke vender tilbage til ledighed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planlæg efter&amp;værn …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;yt opfølgningsmøde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Overblik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mø&amp;der</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Skånehensyn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tre&amp;partsplan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Efterværn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fastholdelse i &amp;job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St&amp;øtte og overdragelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordni&amp;nger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Egen l&amp;iste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spørges&amp;kemaer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bilag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Næste møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screenet %1 · %2 er personlig jobformidler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CPR-nummer, adresse, målgruppe og helbredsnoter vises kun for jobcentret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen virksomhed knyttet til forløbet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deltagere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åbne handlinger</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>Søg i navn, virksomhed, noter … (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Søg i forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Søg:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle statusser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle ordninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ordning:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle konsulenter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Konsulent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Konsulent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nyt forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opret et nyt forløb (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Antal forløb</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n forløb</source>
            <translation>
                <numerusform>%n forløb</numerusform>
                <numerusform>%n forløb</numerusform>
            </translation>
        </message>
        <message>
            <source>Viser %1 af %2 forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>– forløbene hentes stadig fra serveren; søgningen finder foreløbig kun navne på dem, der er hentet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forbereder søgning … (%1 af %2 forløb)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(søger foreløbig kun i navne; noter kommer med om et øjeblik)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Skift adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nuværende adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gentag ny adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nuværende:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;y:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gentag ny:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Styrke: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De to nye adgangskoder er ikke ens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vælg en stærkere adgangskode.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Ordning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke vurderet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Søgt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afgjort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dage til afgørelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venter (dage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CitizenDialog</name>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt &amp;forløb for borgeren …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;mtykker …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dgangslog …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find &amp;job og behov …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhedernes åbne behov rangeret for borgeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny &amp;screening …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens screeninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløb:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adgangslog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens adgangslog</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CitizenModel</name>
        <message>
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CPR-nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åbne forløb</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CitizensPage</name>
        <message>
            <source>Borgere</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompaniesDueStrip</name>
        <message>
            <source>Virksomheder til kontakt (%1):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomheder til kontakt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <source>Virksomheder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny &amp;virksomhed …</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <source>Ny virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forl&amp;øb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhedens forløb</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyModel</name>
        <message>
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CVR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adresse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åbne forløb</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanySide</name>
        <message>
            <source>Virksomhedens behov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt &amp;behov …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Match borgere …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teamets borgere rangeret for det valgte behov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontakthistorik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny &amp;kontakt …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aftaler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beho&amp;v</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontakt&amp;historik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aftale&amp;r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Løntilskud: %1 forløb nu. Angiv antal ansatte på profilen for at se rimelighedskravet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Løntilskud: %1 forløb nu af højst %2 (rimelighedskravet).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Næste kontakt: %1 · åbne handlinger: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ikke aftalt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgere til «%1» hos %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Løs konflikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> i forløbet «%1»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To har ændret teksten samtidig fra det samme udgangspunkt. Vælg den udgave, der skal gælde, eller ret den samlede tekst nederst til. Den gemte tekst sendes til de andre ved næste synkronisering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gældende tekst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Den anden tekst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fælles udgangspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brug &amp;denne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brug de&amp;nne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behold &amp;begge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Gældende tekst&lt;/b&gt; (står i feltet nu)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Den anden tekst&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teksten der skal gælde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Løs konflikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fælles udgangspunkt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Teksten der skal gælde:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teksten er tom. Vælg en af udgaverne, eller skriv den tekst, der skal gælde.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentBox</name>
        <message>
            <source>Ja, borgeren giver samtykke til, at svarene registreres</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Samtykker: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykke til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvordan er samtykket givet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til (tom: indtil det kaldes tilbage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valgfrit: hvad der præcis må deles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvad må deles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykke &amp;til:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Givet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fra:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;il:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hvad må deles:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Registrer samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til&amp;bagekald det valgte …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Et tilbagekaldt samtykke bliver stående i historikken. Det nyeste samtykke af hver slags gælder. Tilbagekaldes deling med mentor, får mentor ikke længere aftalen, og mentors computer sletter den ved næste synkronisering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv datoen som dd.mm.åååå.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv, fra hvilken dato samtykket gælder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilbagekald samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilbagekald samtykket «%1» fra i dag?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentModel</name>
        <message>
            <source>Tilbagekaldt %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilbagekaldt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I kraft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke i kraft (dato)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (afløst)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykke til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Givet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Med hvem</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Ny kontakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontakt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <source>Tilføj &amp;kontaktperson</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactModel</name>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formål</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resultat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åbne handlinger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Næste kontakt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rolle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontaktperson %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fjern kontaktperson %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopyBox</name>
        <message>
            <source>Ja, borgeren vil have listen med på sin kopi af aftalen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopyChooser</name>
        <message>
            <source>Forhåndsvis / udskriv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem skal have eksemplaret?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jeg udskriver jobcentrets eksemplar med CPR-nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobcentrets eksemplar er til sagen og viser borgerens CPR-nummer. Giv det aldrig til virksomheden eller mentoren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vis eksemplaret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annullér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhedens eksemplar (uden CPR-nummer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens eksemplar (uden CPR-nummer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobcentrets eksemplar (med CPR-nummer, til sagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentorens eksemplar (kun det, en mentor må se)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhedens eksemplar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens eksemplar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobcentrets eksemplar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentorens eksemplar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem mødet først; derefter kan referatet udskrives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Viser det gemte referat; ændringer, der ikke er gemt, er ikke med.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referat: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopyPrintFlow</name>
        <message>
            <source>Kladde: ikke underskrevet af alle parter. Udskriften er mærket KLADDE og har ingen kontrolkode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke forseglet endnu (%1). Viser en uforseglet udgave.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CountEdit</name>
        <message>
            <source>Antal ansatte: skriv et helt tal, fx 12.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreatingPage</name>
        <message>
            <source>Gendannelsesoplysninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vises kun denne ene gang. Skriv dem ned, eller gem dem et sikkert sted, og giv dem til IT, hvis du glemmer adgangskoden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opretter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kopiér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jeg har &amp;noteret oplysningerne</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>dd.mm.åååå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vælg dato i kalender (Alt+Pil ned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vælg dato i kalender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: skriv en gyldig dato som dd.mm.åååå.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateTimeEdit</name>
        <message>
            <source>%1, dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, klokkeslæt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <source>aftalen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aftale om skånehensyn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der er ingen aftale om skånehensyn endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opret aftale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ændr aftale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem kladde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem kladden (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lav en ny version, der erstatter denne, når den er underskrevet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forhåndsvis / udskriv …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vis gældende version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Underskrifter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Underskriv …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 underskriver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status / underskrift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versioner og underskrifter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dobbeltklik på en version for at læse den.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · version %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny kladde – ikke gemt endnu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1 er underskrevet af alle tre parter og er låst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1 er underskrevet af alle tre parter og er låst. Brug '%2' for at lave en ny version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1 er erstattet af en nyere version. Kun til læsning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kun til læsning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2, %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: mangler underskrift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 · underskrevet %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · annulleret %1 af %2 (ændret: %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annulleret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ændring kræver ny underskrift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Underskriften bliver ugyldig, når ændringen gemmes. Den gemmes i historikken som annulleret, og parten skal underskrive igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ret alligevel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fortryd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vil du gemme ændringerne i %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gendannet fra kladde – husk at gemme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 kan ikke underskrives endnu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhedens kontaktperson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhedskonsulent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle tre parter har underskrevet. Versionen er låst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 har underskrevet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF'en kunne ikke forsegles: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der laves en ny version som kladde. Den underskrevne version gælder, indtil den nye er underskrevet af alle tre parter. Vil du lave en ny version?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ny version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Annullér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, version %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentPreviewDialog</name>
        <message>
            <source>Eksemplar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftModel</name>
        <message>
            <source>Gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Titel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Kladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der er ingen kladder at gendanne.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftRestoreDialog</name>
        <message>
            <source>Gendan kladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gendan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kassér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Senere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der er formularer, der ikke blev gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trepart blev lukket, mens disse formularer var åbne. Det indtastede er gemt krypteret som kladder. Vælg en kladde og gendan den, eller kassér den.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueActionModel</name>
        <message>
            <source>Frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem har bolden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n dag(e) over frist</source>
            <translation>
                <numerusform>%n dag over frist</numerusform>
                <numerusform>%n dage over frist</numerusform>
            </translation>
        </message>
        <message>
            <source>Frist i dag</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Om %n dag(e)</source>
            <translation>
                <numerusform>Om %n dag</numerusform>
                <numerusform>Om %n dage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EffectReportDialog</name>
        <message>
            <source>Effektrapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle projekter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begge grupper side om side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kun projektgruppen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kun referencegruppen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fra:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Til:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Projekt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gruppe:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vis rapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projektgruppe mod referencegruppe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nøgletal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andele med 95 %-interval (Wilson); forskellen er projekt minus reference med Newcombes interval. Ukendt status tæller med i nævneren, aldrig som resultat. Referencegruppen får den sædvanlige indsats; kun resultatdata registreres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projekt mod reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Udskriv / PDF …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eksportér &amp;CSV …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pseudonymiseret fil til den eksterne evaluator: ét forløb pr. linje, uden navn, CPR-nummer, adresse, telefon, fritekst og helbredsoplysninger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv datoerne som dd.mm.åååå, fx 01.01.2026.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vælg både en fra- og en til-dato.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periodens slutdato ligger før startdatoen. Ret datoerne, så 'fra' kommer før 'til'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beregner …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der er ingen forløb i perioden %1–%2 med de valgte afgrænsninger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I job ved afslutning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fastholdt i job efter 3 måneder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fastholdt i job efter 6 måneder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fastholdt i job efter 12 måneder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selvforsørgende mindst halvdelen af ugerne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ingen forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 af %3)
95 %: %4–%5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, %1 ukendt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
95 %: %2 til %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 af %2 uger (%3 ukendte)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 afventer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>median %1 dage (%2 afgjort, %3 afventer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløb i perioden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startet i perioden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afsluttet i perioden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selvforsørgelsesgrad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 t (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer pr. uge efter %1 mdr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spørgeskema: tro på at kunne arbejde, ændring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spørgeskema: klarer timerne, ændring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spørgeskema: egen vurdering, ændring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spørgeskemaer: par / udeladt (halvt udfyldt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dage fra behov til afgørelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>– (%1 screenet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>median %1 dage (%2 af %3 screenede)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dage fra screening til første virksomhedskontakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dage fra screening til jobstart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mål, %1: borgere / i job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapporten er ikke forseglet: organisationen har intet seglcertifikat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobcentrets eksemplar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eksportér CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>effekt.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV-filer (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 forløb skrevet pseudonymiseret til %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FastTrackPanel</name>
        <message>
            <source>Hurtigt spor for de handicapkompenserende ordninger: hver ordning med status og datoer. Rødt: venter længere end %1 dage (Indstillinger).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et hurtigt spor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kompenserende ordninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Udfyld ordning …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nulstil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fjern ordningens status og datoer fra forløbet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FigureModel</name>
        <message>
            <source>Nøgletal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projektgruppe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referencegruppe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forskel (95 %-interval)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Velkommen til Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trepart gemmer forløb, møder og aftaler krypteret på denne computer, så du kan arbejde uden netværk ude på virksomhederne.

Først skal Trepart vide, hvem du er, og du skal vælge en adgangskode.

Datamappe: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpDueModel</name>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opfølgning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Konsulent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormController</name>
        <message>
            <source>Ændringer er ikke gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behold som &amp;kladde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kassér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Annullér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vil du gemme ændringerne?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen ændringer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kladde gemt kl. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kladden kunne ikke gemmes – prøver igen om lidt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke gemt: ret de markerede felter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gemt kl. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke gemt – det indtastede er bevaret som kladde</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>&amp;Gem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormField</name>
        <message>
            <source>(ingen virksomhed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(intet endnu)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referencegruppen får den sædvanlige indsats; for den registreres kun resultatdata (opfølgninger, jobstart, resultat).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(intet projekt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fastholdelse efter 3, 6 og 12 måneder regnes fra jobstarten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ingen støtte)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx 40</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer i alt; møderne trækker de brugte støttetimer fra.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ddmmåå-xxxx</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ikke angivet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beskriv hvad det betyder for arbejdet, ikke diagnoser (fx 'tåler ikke løft over 5 kg').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kun for jobcentret. Vises aldrig for mentorer og kommer aldrig med på udskrifter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 cifre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 cifre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Giver løntilskuddets rimelighedskrav (1 under 5 ansatte, 1 pr. 5 op til 50, derefter 1 pr. 10).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ikke oplyst)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uden jobstatus tælles opfølgningen som ukendt, aldrig som i job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx 12,5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobcoach-, mentor- eller klippekorttimer brugt siden sidste møde; trækkes fra forløbets budget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens eller virksomhedens egne ord; skrives ved overdragelse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Næste møde vises under I dag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: skriv et tal, fx 12,5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx 12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ét delmål pr. linje.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx Social- og handicapområdet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(intet samtykke valgt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Det af borgerens samtykker, oplysningerne blev delt på.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ikke vurderet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ikke besluttet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skal udfyldes ved ansættelse: 0-37 timer pr. uge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx 70</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andel af borgerne i job, der stadig er i job 6 måneder efter start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvornår behovet blev konstateret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoen for bevilling eller afslag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv gerne med dine egne ord.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx 15</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Højst 37 timer om ugen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 cifre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx 18</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx 20</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomt: virksomhedens navn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ikke besvaret)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sæt kryds ved det, der er svært. Skriv funktion, ikke diagnose.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormOpener</name>
        <message>
            <source>Åbne behov til borgeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Positiv screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgeren oplever, at en funktionsnedsættelse påvirker, hvilke job eller timer de kan tage. Vil du oprette et forløb med dig som borgerens personlige jobformidler?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Opret forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ikke nu</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>kl.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandOverController</name>
        <message>
            <source>Afslut &amp;overdragelse …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Giv computeren tilbage til konsulenten. Skriv din adgangskode for at få hele Trepart tilbage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skærmen er overdraget til borgeren. Skriv jeres bemærkninger og gem. Giv derefter computeren tilbage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skærmen er overdraget til virksomheden. Skriv jeres bemærkninger og gem. Giv derefter computeren tilbage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afslut overdragelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv din adgangskode for at få hele Trepart tilbage.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source>Overdrag skærmen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Borgeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Virksomheden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Overdrag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem skal skrive i referatet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skærmen viser derefter kun dette møde, uden helbredsnoter og uden adgang til andre forløb. Du skal bruge din adgangskode for at afslutte overdragelsen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HoursChart</name>
        <message>
            <source>Planlagte og faktiske timer pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen timer at vise endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uge %1: planlagt %2, faktisk %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, heraf løntimer %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planlagt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Praktik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Løntimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faktisk (fra møder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Højst %1 t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen timer endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uge %1: planlagt %2 t, faktisk %3 t</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdentityPage</name>
        <message>
            <source>Hvem bruger Trepart på denne computer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brugernavnet står i loggen ved alt, du gør, og bruges senere til at logge på serveren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brugernavn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fx fornavn.efternavn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rolle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Brugernavn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Filtrér listen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filtrér …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;iltrér:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Viser %1 af %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomheder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (Alt+%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Det åbne forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Det nye sprog bruges, næste gang Trepart starter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ændringer er ikke gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Det, du har skrevet og ikke gemt, gemmes som kladde. Du får det tilbudt, næste gang du åbner Trepart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Luk Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Annullér</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <source>Match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forslag rangeret efter point; konsulenten vurderer og beslutter. Intet sendes eller deles automatisk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forslag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvorfor dette forslag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen rangering: der mangler noget at matche på.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; %1 udeladt, fordi et krav rammer en funktion i screeningen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 forslag</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchModel</name>
        <message>
            <source>Borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvorfor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Ingen ændringer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gemt-status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilføj handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem mødet (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>G&amp;em</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Luk formularen (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;verdrag skærmen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Giv computeren til borgeren eller virksomheden til dette referat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forhåndsvis / udskriv referat …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilføj en handling (Ctrl+Shift+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handlinger – hvem har bolden?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt møde: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møde: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planens aftalte konsekvens: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vil du gemme ændringerne i mødet?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingHost</name>
        <message>
            <source>Det åbne møde har ændringer, der ikke er gemt. Skal de gemmes, før et andet møde åbnes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Et møde er åbent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møde: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gendannet fra kladde – husk at gemme</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingModel</name>
        <message>
            <source>Tidspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fremmødt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dagsorden</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MemberModel</name>
        <message>
            <source>Medlem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indmeldt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Udmeldt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorPicker</name>
        <message>
            <source>Teamets mentorer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>brugernavne adskilt af komma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentorernes brugernavne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen over teamets mentorer hentes ved næste synkronisering; indtil da skrives brugernavnet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gå til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hjælp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Indstillinger …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gendan &amp;kladder …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lås</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Afslut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;I dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Virksomheder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Borgere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tilbage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Opdatér og synkronisér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Søg i forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nyt forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rediger forløb …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt &amp;møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny screening (første &amp;kontakt) …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Projekter og mål …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effektrappor&amp;t …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Adgangslog for en borger …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dialogforum og netværk …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tastaturgenveje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Om Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adgangslog for en borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens id (fra Trepart, 36 tegn):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adgangslog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens adgangslog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I dag, Forløb, Virksomheder, Borgere, Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Søg i forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rediger det åbne forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt møde i det åbne forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem formularen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilføj en handling i mødet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Pil ned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åbn kalenderen i et datofelt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åbn den valgte række</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Venstre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilbage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Luk formularen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opdatér og synkronisér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lås Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tastaturgenveje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Om Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trepart version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trepart – forløb, møder og aftaler for virksomhedskonsulenter og mentorer.
Data ligger krypteret på denne computer og synkroniseres med kommunens server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedDialog</name>
        <message>
            <source>Nyt behov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behov</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedModel</name>
        <message>
            <source>Behov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Krav</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kan tilbyde</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkDialog</name>
        <message>
            <source>Dialogforum og virksomhedsnetværk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Netværk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Netværk:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt ne&amp;tværk …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rediger mål …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomheder rekrutteret af målet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andel cirkulær økonomi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medlemmer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt &amp;medlem …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt m&amp;øde …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teamet har intet netværk endnu. Opret et med «Nyt netværk».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rekruttering:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cirkulær økonomi:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 af %2 virksomheder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 af %2 virksomheder (%3 %) mod målet %4 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mangler %1 cirkulær(e) virksomhed(er)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt netværk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Netværk og mål</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt medlem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medlem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyt netværksmøde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Netværksmøde</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkRecordDialog</name>
        <message>
            <source>Mål: skriv et helt tal, fx 18.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnListModel</name>
        <message>
            <source>Nr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drøm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed / arbejde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantList</name>
        <message>
            <source>Tilføj &amp;deltager</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantRow</name>
        <message>
            <source>Deltager %1: navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deltager %1: rolle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fjern deltager %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordCheckDialog</name>
        <message>
            <source>Adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv adgangskoden.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordPage</name>
        <message>
            <source>Vælg en adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adgangskoden beskytter alle forløb på denne computer. Den gemmes ingen steder; vælg noget, du kan huske.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gentag adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vis adgangskoden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adgangskodens styrke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gentag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Styrke:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De to adgangskoder er ikke ens.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Udskriv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem som PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokumentet kan ikke vises: filen er ikke en gyldig PDF.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n side(r)</source>
            <translation>
                <numerusform>%n side</numerusform>
                <numerusform>%n sider</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF-filer (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen kunne ikke gemmes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printeren kunne ikke startes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodRow</name>
        <message>
            <source>ingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode %1: fra uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode %1: til uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode %1: dage pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode %1: timer pr. dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode %1: løntimer pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fjern periode %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>= %1 t praktik + %2 t løn = %3 t/uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>= %1 t/uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uge %1-%2: skriv timer pr. dag som et tal, fx 2,5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uge %1-%2: skriv løntimer pr. uge som et tal, fx 10, eller intet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>planen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trepartsplan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der er ingen trepartsplan endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opret plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ændr plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mål og periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fra uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dage pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer pr. dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilføj periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer pr. uge: planlagt og faktisk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opgaver, støtte og forpligtelser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 forpligter sig til:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Perioder uden huller eller overlap, fx uge 1-2: 2 dage × 2 timer. Løntimer er almindelige lønnede timer ved siden af praktikken. Højst %1 timer pr. uge i alt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Løntimer pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planlæg opfølgninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Midtvejs- og slutopfølgning ud fra planens datoer; de vises under I dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handlinger – hvem har bolden?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilføj handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem handlinger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke gemt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem planen først.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handlingerne er gemt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planen mangler start- og slutdato; der er ikke planlagt noget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Midtvejs- og slutopfølgning er planlagt og vises under I dag.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>Nyt projekt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rediger projekt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: skriv et helt tal, fx 40.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectModel</name>
        <message>
            <source>Projekt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgere / mål</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mål: i job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mål: fastholdt 6 mdr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referencegruppe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectsDialog</name>
        <message>
            <source>Projekter og mål</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projekter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nyt projekt …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rediger …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Slet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Et forløb knyttes til et projekt og til projekt- eller referencegruppen under Rediger forløb. Rapporten viser fremdriften mod målene.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet projekt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet projektet %1?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProportionChart</name>
        <message>
            <source>Projekt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram: projektgruppe mod referencegruppe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: ingen forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 (%3 af %4)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Questionnaire</name>
        <message>
            <source>Meget dårligt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dårligt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hverken godt eller dårligt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Godt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meget godt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet ikke sikker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lidt sikker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nogenlunde sikker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ret sikker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helt sikker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet ikke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nogenlunde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rigtig godt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 af 5: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionnaireDialog</name>
        <message>
            <source>Spørgeskema: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sæt ét kryds ved hvert spørgsmål: 1 er det laveste, 5 det højeste. Et skema, der ikke er helt udfyldt, gemmes som kladde og kan gøres færdigt senere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Svar med dine egne ord og kryds. Konsulenten ser dine svar bagefter. Tryk Gem, når du er færdig, og giv så computeren tilbage.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionnairePanel</name>
        <message>
            <source>De samme fire spørgsmål ved forløbets start og slut (skala 1–5). Forskellen viser, hvordan borgeren selv oplever forløbet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spørgsmål</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ændring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Udfyld startskema …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Udf&amp;yld slutskema …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lad borgeren s&amp;vare selv …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdrag skærmen: borgeren ser kun spørgeskemaet, din adgangskode afslutter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startskema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slutskema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: ikke udfyldt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: kladde (ikke alle spørgsmål besvaret), %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: besvaret %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der udfyldes ingen spørgeskemaer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Gendannelse af en glemt adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Med kommunens gendannelsesnøgle kan IT sætte en ny adgangskode, hvis du glemmer din.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vælg nøglefil …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jeg &amp;forstår, at de lokale data ikke kan åbnes igen, hvis jeg glemmer adgangskoden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der er ikke fundet nogen gendannelsesnøgle fra kommunen. Spørg IT efter filen recovery-public.pem, eller fortsæt uden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gendannelsesnøgle fundet: %1
Fingeraftryk: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vælg kommunens gendannelsesnøgle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offentlig nøgle (*.pem);;Alle filer (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <source>Jobstatus ved efterværn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvor står borgeren nu? Gemmes som en fastholdelsesopfølgning på forløbet. Uden jobstatus tælles opfølgningen som ukendt, aldrig som i job.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Ny fastholdelsesopfølgning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rediger fastholdelsesopfølgning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionModel</name>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Måneder efter jobstart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobstatus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ukendt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timer pr. uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offentlig forsørgelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fra møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ved ikke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nej</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionPanel</name>
        <message>
            <source>Borgeren er vendt tilbage til offentlig forsørgelse (opfølgning %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgeren var tilbage på offentlig forsørgelse %1, men er i job igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvor står borgeren efter jobstart? Samme job, andet job, uddannelse, småjob og midlertidigt job tæller som fastholdt; ledig og sygemeldt er en tilbagevenden til forsørgelse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fastholdelsesopfølgninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;y opfølgning …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rediger …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobstart: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløbet har ingen jobstart endnu (Rediger forløb). Fastholdelse regnes fra jobstarten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet opfølgning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet fastholdelsesopfølgningen fra %1?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScreeningDialog</name>
        <message>
            <source>Screening ved første kontakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny borger (første kontakt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spørg borgeren, om en fysisk eller psykisk funktionsnedsættelse påvirker, hvilke job eller timer de kan tage. Svarene er helbredsoplysninger: de vises aldrig for mentorer og kommer aldrig på papir.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScreeningModel</name>
        <message>
            <source>Screenet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Af</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Påvirker job eller timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ikke registreret)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oprettet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Indstillinger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Som systemet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lås efter minutter uden aktivitet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> sek.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem kladder hvert antal sekunder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skift &amp;adgangskode …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveradresse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kun hvis kommunen bruger sin egen CA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CA-certifikater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vælg …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkronisér hvert antal minutter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Største fil, der kan vedhæftes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> dage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I dag viser ordninger i det hurtige spor, der har ventet længere end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sprog:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lås efter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem &amp;kladder hvert:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;rver:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;CA-certifikater:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ynkronisér hvert:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Største &amp;bilag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hurtigt spor, ventetid:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Et nyt sprog bruges, næste gang Trepart starter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fastlagt af organisationen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grå felter er fastlagt af organisationen (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vælg CA-certifikater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Underskrift: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 underskriver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Med underskriften godkendes %1, som den er vist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kun underskriften vises; tryk på Underskriv, når du er færdig, og giv så computeren tilbage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Giv computeren til borgeren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Giv computeren til virksomheden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Giv computeren til %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ro&amp;lle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ryd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fortryd streg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gentag streg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Underskrevet på &amp;papir (vedhæft scanning)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vælg scanning eller foto …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen fil valgt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Underskriv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Underskrift:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vælg scanning eller foto af den underskrevne aftale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billeder og PDF (*.png *.jpg *.jpeg *.pdf);;Alle filer (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen kan ikke læses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen er tom eller større end 8 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Underskriveren mangler navn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vedhæft en scanning eller et foto af papiret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Underskriften er tom.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Underskriftsfelt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv din underskrift med mus, pen eller finger. Feltet er tomt.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Underskriften har %n streg(er).</source>
            <translation>
                <numerusform>Underskriften har %n streg.</numerusform>
                <numerusform>Underskriften har %n streger.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skriv underskriften her</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Forbindelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ændringer der venter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seneste synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Låsestatus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bruger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aktivitet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annullér synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop synkroniseringen nu. Intet går tabt: det, der ikke nåede frem, sendes næste gang.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Låst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdraget – kun ét referat vises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ulåst (Ctrl+L låser)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Støttetimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budgettet sættes under Rediger forløb; hvert møde kan registrere de brugte støttetimer (jobcoach, mentor, klippekort).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Støtteform:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brugt (fra møderne):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tilbage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdragelser til og fra andre enheder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdragelser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny o&amp;verdragelse …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet overdragelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>intet budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 timer ved %2 møder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budgettet er overskredet med %1 timer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slet overdragelsen til/fra %1?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Forbindelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ændringer der venter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seneste synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afviste ændringer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Synkronisér nu (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forbindelse:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;nnullér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop synkroniseringen nu. Intet går tabt: det, der ikke nåede frem, sendes næste gang.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seneste synkronisering:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afvist af serveren:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Konflikter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Løs &amp;konflikt …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To har ændret den samme tekst samtidig. Se begge udgaver, og vælg eller flet den tekst, der skal gælde. Ingen tekst forsvinder, før du har valgt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afvist af serveren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Historik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log ind på kommunens server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveradresse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brugernavn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adgangskode til serveren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kun hvis kommunen bruger sin egen CA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CA-certifikater (valgfrit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vælg …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log ind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;rver:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Brugernavn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;CA-certifikater:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aldrig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke sat op endnu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Konflikter (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afvist af serveren (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveren har spærret denne computer, så der synkroniseres ikke. Dine data er bevaret på computeren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkronisering med kommunens server er ikke sat op på denne computer endnu. Alt, du gemmer, ligger i den krypterede database på computeren, og ændringerne står i kø, så de kan sendes, når du har logget ind nedenfor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ændringer sendes til serveren, når der er forbindelse: når Trepart starter, med få minutters mellemrum og når du trykker F5. Alt, du gemmer, ligger sikkert i den krypterede database på computeren imens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> i «%1»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dobbeltklik eller Enter for at se begge udgaver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen konflikter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveren har ikke afvist noget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – sendt %2, hentet %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>, %n konflikt(er)</source>
            <translation>
                <numerusform>, %n konflikt</numerusform>
                <numerusform>, %n konflikter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n afvist</source>
            <translation>
                <numerusform>, %n afvist</numerusform>
                <numerusform>, %n afvist</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 – mislykkedes: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen synkroniseringer endnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 afvist: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n til</source>
            <translation>
                <numerusform>%n til</numerusform>
                <numerusform>%n til</numerusform>
            </translation>
        </message>
        <message>
            <source>
Senest %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – %2: %3 (felter: %4)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… og %n mere</source>
            <translation>
                <numerusform>… og %n mere</numerusform>
                <numerusform>… og %n mere</numerusform>
            </translation>
        </message>
        <message>
            <source>ikke dit team eller din adgang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ugyldige oplysninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>underskrevet og låst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kan ikke ændres, når den først er gemt</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n forløb</source>
            <translation>
                <numerusform>%n forløb</numerusform>
                <numerusform>%n forløb</numerusform>
            </translation>
        </message>
        <message>
            <source>borger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>borgere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>virksomheder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>møder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>handlinger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aftale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aftaler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trepartsplan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trepartsplaner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>underskrift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>underskrifter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>samtykker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opfølgning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opfølgninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>konflikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>konflikter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>logpost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>logposter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vælg CA-certifikater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv brugernavn og adgangskode til serveren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkronisering er ikke tilgængelig i dette vindue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computeren er logget ind på serveren. Synkronisering startes indtil videre med kommandoen 'trepart sync'; alt, du gemmer, står i kø til den.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncProgress</name>
        <message>
            <source>ca. %1 s tilbage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ca. %1 min tilbage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender %1 af %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Henter %1 post(er)</source>
            <translation>
                <numerusform>Henter %1 post</numerusform>
                <numerusform>Henter %1 poster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Henter %1 af ca. %2 post(er)</source>
            <translation>
                <numerusform>Henter %1 af ca. %2 post</numerusform>
                <numerusform>Henter %1 af ca. %2 poster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Henter %1 af %2 post(er)</source>
            <translation>
                <numerusform>Henter %1 af %2 post</numerusform>
                <numerusform>Henter %1 af %2 poster</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>Serveren har spærret denne computer og bedt om, at dataene slettes. Alle data i Trepart på denne computer er nu slettet. Kontakt kommunens IT-afdeling, hvis du skal bruge Trepart igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveren har spærret denne computer. Synkroniseringen er stoppet, men dine data er bevaret på computeren. Kontakt kommunens IT-afdeling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkroniserer …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkroniseringen er annulleret. Intet er tabt: det, der ikke nåede frem, sendes næste gang.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveren svarer ikke. Alt er gemt på computeren, og ændringerne sendes, når serveren svarer igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveren kunne ikke nås. Alt er gemt på computeren, og ændringerne sendes, når der er forbindelse igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveren afviste enheden: %1 Log ind igen nedenfor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkroniseringen fejlede.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveren kunne ikke nås, eller den svarede ikke. Kontrollér adressen og netværket, og prøv igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Login fejlede.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spærret af serveren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke forbundet til en server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forbinder …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logget ind på %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline siden kl. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline siden %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ændring(er) venter på synkronisering</source>
            <translation>
                <numerusform>%n ændring venter på synkronisering</numerusform>
                <numerusform>%n ændringer venter på synkronisering</numerusform>
            </translation>
        </message>
        <message>
            <source>Senest synkroniseret: aldrig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Senest synkroniseret: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncWiring</name>
        <message>
            <source>Synkronisering</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ændring(er) venter</source>
            <translation>
                <numerusform>%n ændring venter</numerusform>
                <numerusform>%n ændringer venter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n uløst(e) konflikt(er)</source>
            <translation>
                <numerusform>, %n uløst konflikt</numerusform>
                <numerusform>, %n uløste konflikter</numerusform>
            </translation>
        </message>
        <message>
            <source> (Alt+5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkroniseret: sendt %1, hentet %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>, %n ny(e) konflikt(er)</source>
            <translation>
                <numerusform>, %n ny konflikt</numerusform>
                <numerusform>, %n nye konflikter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n afvist</source>
            <translation>
                <numerusform>, %n afvist</numerusform>
                <numerusform>, %n afvist</numerusform>
            </translation>
        </message>
        <message>
            <source>Synkronisering annulleret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synkronisering stoppet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computeren er spærret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dataene er slettet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimeEdit</name>
        <message>
            <source>tt:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: skriv et klokkeslæt som tt:mm.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>I dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløb, hvor du er konsulent eller mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;eamet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle teamets forløb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til &amp;kalender …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem det valgte møde eller den valgte opfølgning som kalenderfil (.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kalenderfi&amp;l …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem alle dine kommende møder og opfølgninger i én kalenderfil (.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Opdatér</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hent listerne igen (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møder i dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møder de næste 7 dage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opfølgninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handlinger over frist og denne uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fortryd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markér handlingen som ikke udført igen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handlinger: %1 over frist, %2 denne uge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markeret som udført: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kalenderfiler (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem som kalenderfil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kalenderfilen er gemt: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gem dine møder som kalenderfil</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n møde(r) og opfølgning(er) gemt i %1</source>
            <translation>
                <numerusform>%n møde eller opfølgning gemt i %1</numerusform>
                <numerusform>%n møder og opfølgninger gemt i %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Kalenderfilen kunne ikke gemmes. Vælg en anden mappe, og prøv igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen møder i dag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Registrér møde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opret mødet, der registrerer den valgte opfølgning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markér som &amp;udført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I dag – %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møder i dag (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De næste 7 dage (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opfølgninger der skal holdes (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayReminder</name>
        <message>
            <source>Påmindelse om dagens møder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Luk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Luk påmindelsen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dagens møder (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Næste møde (planlagt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sted ikke angivet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Ny overdragelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rediger overdragelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgeren har ingen registrerede samtykker.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferModel</name>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anden enhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvad blev delt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>På samtykke</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPanel</name>
        <message>
            <source>Trepart er låst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lås Trepart op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv din adgangskode for at åbne dine forløb. Dataene er krypteret på denne computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adgangskode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lås op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datamappe: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv din adgangskode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Låser op …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der opstod en fejl under oplåsningen.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>For mange forkerte forsøg. Prøv igen om %n sekund(er).</source>
            <translation>
                <numerusform>For mange forkerte forsøg. Prøv igen om %n sekund.</numerusform>
                <numerusform>For mange forkerte forsøg. Prøv igen om %n sekunder.</numerusform>
            </translation>
        </message>
        <message>
            <source>Du kan prøve igen nu.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <source>Trepart</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerdictBox</name>
        <message>
            <source>Evaluering af praktikken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Klarer borgeren opgaverne, har virksomheden gavn af praktikken, og virker skånehensynene? Næste skridt afgør, hvad der står i beslutningerne.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planens aftalte konsekvens: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløbet har ingen trepartsplan med en aftalt konsekvens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brug i beslutningerne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sæt planens aftalte konsekvens ind i mødets beslutninger</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaitingApplicationStrip</name>
        <message>
            <source>%1 dage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> og %1 flere (se fanen Ordninger på forløbet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venter i det hurtige spor i mere end %1 dage (%2):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordninger, der venter for længe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WishList</name>
        <message>
            <source>&amp;Tilføj punkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slags arbejde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WishRow</name>
        <message>
            <source>(ingen bestemt virksomhed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slags arbejde, fx lager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drøm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Punkt %1: virksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Punkt %1: slags arbejde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Punkt %1: status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Punkt %1: dato for status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Punkt %1: note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flyt punkt %1 op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fjern punkt %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Punkt %1: skriv datoen som dd.mm.åååå.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WishesDialog</name>
        <message>
            <source>Borgerens egen liste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3–5 virksomheder eller slags arbejde, borgeren kan se sig selv i. Begynd med det arbejde, borgeren drømmer om: det første punkt er drømmen. Listen kommer aldrig på virksomhedens eller jobcentrets eksemplar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WishesPanel</name>
        <message>
            <source>Borgerens egen liste: de virksomheder eller slags arbejde, borgeren selv peger på, med drømmen først. Brug den, når du planlægger kontakten til virksomheder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens egen liste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Udfyld listen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløbet er i referencegruppen: der føres ingen egen liste.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen er tom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen kommer med på borgerens kopi af aftalen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen kommer ikke med på borgerens kopi af aftalen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkplaceList</name>
        <message>
            <source>Tilføj arbej&amp;dssted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkplaceRow</name>
        <message>
            <source>Arbejdssted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P-nummer (10 cifre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adresse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postnr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arbejdssted %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fjern arbejdssted %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>YesNoBox</name>
        <message>
            <source>Ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nej</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ved ikke</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Tr</name>
        <message>
            <source>Timerne passer (%1 t/uge, borgeren kan %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flere timer end borgeren kan (%1 t/uge mod %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen krav rammer funktioner i screeningen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skånehensyn tilbydes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skånehensyn tilbydes ikke: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>På borgerens egen liste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens drømmevirksomhed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passer med ønsket «%1»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samme postnummer (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samme område (%1 og %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samme landsdel (%1 og %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Langt væk (%1 og %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgeren har ingen screening: funktioner kan ikke vurderes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgeren har ingen egen liste (ønskeliste)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgerens timer pr. uge er ikke kendt (ingen aftale, plan eller møde)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borgeren har intet forløb i teamet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 borger(e) uden screening og egen liste er ikke med</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Trepart</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>edit</name>
        <message>
            <source>fx 12</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Forkert adgangskode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trepart har allerede dataene i %1 åbne i et andet vindue. Luk det andet vindue og prøv igen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen kunne ikke læses eller skrives (%1).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>For mange forkerte forsøg. Prøv igen om %n sekund(er).</source>
            <translation>
                <numerusform>For mange forkerte forsøg. Prøv igen om %n sekund.</numerusform>
                <numerusform>For mange forkerte forsøg. Prøv igen om %n sekunder.</numerusform>
            </translation>
        </message>
        <message>
            <source>Trepart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der opstod en uventet fejl. Det, du har gemt, er ikke gået tabt, og åbne formularer gemmes løbende som kladder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ingen logfil)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvis fejlen gentager sig, så send logfilen til IT:
%1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
