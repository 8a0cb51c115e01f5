<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../caseapp/gui/admin/account_dialogs.py" line="+36"/>
        <source>The password must be at least {n} characters</source>
        <translation>Adgangskoden skal være mindst {n} tegn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ</source>
        <translation>De to adgangskoder er forskellige</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add account</source>
        <translation>Opret konto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Repeat password</source>
        <translation>Gentag adgangskode</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Set password for {account}</source>
        <translation>Sæt adgangskode for {account}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin/accounts_model.py" line="+20"/>
        <source>Disabled</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked (wrong passwords)</source>
        <translation>Låst (forkerte adgangskoder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password</source>
        <translation>Ingen adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="+35"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="+94"/>
        <location filename="../../caseapp/gui/participants/list_model.py" line="+28"/>
        <location filename="../../caseapp/gui/team/page.py" line="+64"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/participants/list_model.py" line="+3"/>
        <location filename="../../caseapp/gui/team/page.py" line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>Seneste login</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/app.py" line="+234"/>
        <source>The database {name} is encrypted. Its passphrase:</source>
        <translation>Databasen {name} er krypteret. Dens adgangsfrase:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field/conflicts_page.py" line="+28"/>
        <source>(record deleted)</source>
        <translation>(posten er slettet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(record changed)</source>
        <translation>(posten er ændret)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../caseapp/gui/journal_search.py" line="+47"/>
        <location filename="../../caseapp/gui/overview/page.py" line="+41"/>
        <location line="+4"/>
        <location filename="../../caseapp/gui/privacy/audit_model.py" line="+80"/>
        <location filename="../../caseapp/gui/team/page.py" line="-3"/>
        <location line="+12"/>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/contract_history.py" line="+35"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s value</source>
        <translation>Serverens værdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on the server by</source>
        <translation>Ændret på serveren af</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptop&apos;s value</source>
        <translation>Den bærbares værdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on the laptop by</source>
        <translation>Ændret på den bærbare af</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field/offline_dialog.py" line="+137"/>
        <source>{file} holds %n participant(s). Open it on the laptop: caseapp --db {file}</source>
        <translation>
            <numerusform>{file} indeholder %n deltager. Åbn den på den bærbare: caseapp --db {file}</numerusform>
            <numerusform>{file} indeholder %n deltagere. Åbn den på den bærbare: caseapp --db {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taking the caseload offline…</source>
        <translation>Tager sagerne med offline…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field/sync_bar.py" line="+77"/>
        <source>Synced: {sent} changes sent, {received} participants updated, {conflicts} conflicts open.</source>
        <translation>Synkroniseret: {sent} ændringer sendt, {received} deltagere opdateret, {conflicts} konflikter åbne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sync did not finish: {reason}. Nothing was lost; sync again.</source>
        <translation>Synkroniseringen blev ikke færdig: {reason}. Intet er tabt; synkronisér igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/forms/display.py" line="+25"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/forms/entry_warnings.py" line="+27"/>
        <source>Please check</source>
        <translation>Tjek venligst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks unlikely:</source>
        <translation>Dette ser usandsynligt ud:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>Gem alligevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and check</source>
        <translation>Gå tilbage og tjek</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/forms/field_editors.py" line="+104"/>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/help_window.py" line="+72"/>
        <source>About caseapp</source>
        <translation>Om caseapp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case management and outcome reporting for Housing First and Job First projects.</source>
        <translation>Sagsbehandling og resultatopgørelse for Housing First- og Job First-projekter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with:</source>
        <translation>Bygget med:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/i18n.py" line="+129"/>
        <location filename="../../caseapp/gui/participants/list_model.py" line="+20"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dage siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/journal_search.py" line="-1"/>
        <location filename="../../caseapp/gui/participant_file/timeline_page.py" line="+78"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../caseapp/gui/participant_file/documents_page.py" line="+46"/>
        <location filename="../../caseapp/gui/participant_file/timeline_page.py" line="+1"/>
        <location filename="../../caseapp/gui/privacy/access_page.py" line="+36"/>
        <location filename="../../caseapp/gui/privacy/audit_model.py" line="-1"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/contract_editor.py" line="+73"/>
        <source>Why the change (kept in the history with your name and the time)</source>
        <translation>Hvorfor ændringen (gemmes i historikken med dit navn og tidspunktet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a new revision</source>
        <translation>Gem som ny version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo my changes</source>
        <translation>Fortryd mine ændringer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../caseapp/gui/outcomes/contract_history.py" line="+35"/>
        <location filename="../../caseapp/gui/team/page.py" line="+1"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The project has no contract yet; a team lead sets it up.</source>
        <translation>Projektet har endnu ingen kontrakt; en teamleder opretter den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project has no contract yet. Fill in the form; nothing is earned until it is saved.</source>
        <translation>Projektet har endnu ingen kontrakt. Udfyld formularen; intet optjenes, før den er gemt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a team lead can change the contract; you see it read-only.</source>
        <translation>Kun en teamleder kan ændre kontrakten; du ser den skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision {revision}. Changes are saved as a new revision; earlier ones stay in the history.</source>
        <translation>Version {revision}. Ændringer gemmes som en ny version; de tidligere bliver i historikken.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Saving …</source>
        <translation>Gemmer …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved as revision {revision}.</source>
        <translation>Gemt som version {revision}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/contract_form.py" line="+71"/>
        <source>participants</source>
        <translation>deltagere</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>none</source>
        <translation>intet</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>none: the project is an investment alone</source>
        <translation>ingen: projektet er en investering for sig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects financed as one investment give it the same name and are reported together as well as apart.</source>
        <translation>Projekter, der er finansieret som én investering, får samme navn og rapporteres samlet såvel som hver for sig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Targets and money</source>
        <translation>Mål og økonomi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="-14"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="+1"/>
        <source>Last day anything is earned</source>
        <translation>Sidste dag, der kan optjenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="+1"/>
        <source>Participants planned</source>
        <translation>Planlagte deltagere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline rate (without the project)</source>
        <translation>Baseline (uden projektet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="+2"/>
        <source>Target rate</source>
        <translation>Målsat andel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="+1"/>
        <source>Invested up front</source>
        <translation>Investeret på forhånd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="+1"/>
        <source>Investment&apos;s name</source>
        <translation>Investeringens navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="+1"/>
        <source>Public cost avoided per week</source>
        <translation>Sparede offentlige udgifter pr. uge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A success is counted by metric</source>
        <translation>En succes tælles efter udfaldsmålet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifying weeks needed, at least</source>
        <translation>Kvalificerende uger, mindst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="+1"/>
        <source>Stable housing</source>
        <translation>Stabil bolig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add metric</source>
        <translation>Tilføj udfaldsmål</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="+4"/>
        <source>Outcome metrics</source>
        <translation>Udfaldsmål</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/contract_history.py" line="-35"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every saved version of the contract, so that a report made earlier can be explained by the contract it was made with.</source>
        <translation>Alle gemte versioner af kontrakten, så en tidligere rapport kan forklares ud fra den kontrakt, den blev lavet efter.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Revision {revision}</source>
        <translation>Version {revision}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {when} by</source>
        <translation>Gemt {when} af</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes from revision {revision}</source>
        <translation>Ændringer fra version {revision}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No values changed.</source>
        <translation>Ingen værdier blev ændret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This revision removed the contract.</source>
        <translation>Denne version fjernede kontrakten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract as saved</source>
        <translation>Kontrakten, som den blev gemt</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/contract_inputs.py" line="+68"/>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Paid activity</source>
        <translation>Betalt aktivitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per week</source>
        <translation>Pr. uge</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/contract_text.py" line="-17"/>
        <source>Paid per week in work or education</source>
        <translation>Betaling pr. uge i job eller uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One payment for sustained work or education</source>
        <translation>Engangsbetaling for fastholdt job eller uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One payment for sustained housing</source>
        <translation>Engangsbetaling for fastholdt bolig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline rate</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/dashboard_tables.py" line="+60"/>
        <location filename="../../caseapp/gui/outcomes/ledger_view.py" line="+82"/>
        <source>Metric</source>
        <translation>Udfaldsmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least, weeks</source>
        <translation>Mindst, uger</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="-1"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../caseapp/gui/outcomes/dashboard_tables.py" line="+1"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="-1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window from enrolment, weeks</source>
        <translation>Vindue fra indskrivning, uger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="+17"/>
        <source>Tariffs</source>
        <translation>Takster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least, hours per week</source>
        <translation>Mindst, timer pr. uge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only verified</source>
        <translation>Kun dokumenteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="+5"/>
        <source>Paid weeks per person, at most</source>
        <translation>Betalte uger pr. person, højst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="+1"/>
        <source>Total for the project, at most</source>
        <translation>I alt for projektet, højst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="-5"/>
        <source>Counts as work or education</source>
        <translation>Tæller som job eller uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="+6"/>
        <source>Weeks in a row</source>
        <translation>Uger i træk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="+2"/>
        <source>Pays once</source>
        <translation>Betaler én gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="-7"/>
        <source>Counts as housing</source>
        <translation>Tæller som bolig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="+6"/>
        <source>Days in a row</source>
        <translation>Dage i træk</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The contract</source>
        <translation>Kontrakten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Metric {number}</source>
        <translation>Udfaldsmål {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/dashboard.py" line="+107"/>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../caseapp/gui/outcomes/ledger_view.py" line="+2"/>
        <source>As of</source>
        <translation>Opgjort pr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants counted</source>
        <translation>Deltagere, der tælles med</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Successes</source>
        <translation>Succeser</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Success rate</source>
        <translation>Succesrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In work or education now</source>
        <translation>I job eller uddannelse nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stable housing now</source>
        <translation>I stabil bolig nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-month housing retention</source>
        <translation>Boligfastholdelse i 12 mdr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned so far</source>
        <translation>Optjent indtil nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayment ratio</source>
        <translation>Tilbagebetalingsgrad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Earned by metric</source>
        <translation>Optjent pr. udfaldsmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned by quarter</source>
        <translation>Optjent pr. kvartal</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+155"/>
        <location filename="../../caseapp/gui/outcomes/ledger_view.py" line="+94"/>
        <location line="+66"/>
        <source>Calculating …</source>
        <translation>Beregner …</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Figures as of {day}, worked out by the outcome rules v1.</source>
        <translation>Tal pr. {day}, beregnet efter udfaldsreglerne v1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>planned {planned} · referred {referred} · active {active} · exited {exited}</source>
        <translation>planlagt {planned} · henvist {referred} · aktive {active} · afsluttet {exited}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>target {target} · baseline {baseline}</source>
        <translation>mål {target} · baseline {baseline}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by the success metric “{metric}”</source>
        <translation>efter succesmålet »{metric}«</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} without a shelter stay in the last 365 days</source>
        <translation>{count} uden ophold på herberg eller nødherberg de seneste 365 dage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stayed 12 months, of those first housed at least 12 months ago</source>
        <translation>har boet 12 mdr., af dem der fik bolig for mindst 12 mdr. siden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gross saving (estimate) {amount}</source>
        <translation>bruttobesparelse (skøn) {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no investment in the contract</source>
        <translation>kontrakten har ingen investering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of the investment {amount}</source>
        <translation>af investeringen {amount}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>Successes so far, at the end of each quarter</source>
        <translation>Succeser i alt ved hvert kvartals udgang</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Earned by quarter ({currency})</source>
        <translation>Optjent pr. kvartal ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing earned yet</source>
        <translation>Intet optjent endnu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Target ({count})</source>
        <translation>Mål ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline ({count})</source>
        <translation>Baseline ({count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody enrolled yet</source>
        <translation>Ingen indskrevet endnu</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/dashboard_tables.py" line="-48"/>
        <source>Paid per week</source>
        <translation>Betaling pr. uge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustained work/education</source>
        <translation>Fastholdt job/uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustained housing</source>
        <translation>Fastholdt bolig</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../caseapp/gui/outcomes/ledger_view.py" line="-144"/>
        <source>Qualifying weeks</source>
        <translation>Kvalificerende uger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/ledger_view.py" line="+1"/>
        <source>Paid weeks</source>
        <translation>Betalte uger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/ledger_view.py" line="+2"/>
        <source>Achieved</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before total cap</source>
        <translation>Før samlet loft</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../caseapp/gui/outcomes/ledger_model.py" line="+21"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/ledger_model.py" line="-2"/>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday – Sunday</source>
        <translation>Mandag – søndag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified</source>
        <translation>Kvalificerer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/outcomes/ledger_view.py" line="-1"/>
        <source>Earned</source>
        <translation>Optjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+108"/>
        <location line="+1"/>
        <source>✓ yes</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ achieved</source>
        <translation>★ opnået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ yes, capped</source>
        <translation>✓ ja, over loftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no</source>
        <translation>✗ nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– outside window</source>
        <translation>– uden for vinduet</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/ledger_reasons.py" line="+28"/>
        <source>Rule {number}</source>
        <translation>Regel {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hours not recorded</source>
        <translation>timer ikke registreret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} hours a week</source>
        <translation>{hours} timer om ugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>dokumenteret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not verified</source>
        <translation>ikke dokumenteret</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pays per qualifying week: {tariffs}.</source>
        <translation>Betaler pr. kvalificerende uge: {tariffs}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pays {amount} once after {weeks} qualifying weeks in a row of: {types}.</source>
        <translation>Betaler {amount} én gang efter {weeks} kvalificerende uger i træk med: {types}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pays {amount} once after {days} days in a row in: {types}.</source>
        <translation>Betaler {amount} én gang efter {days} dage i træk i: {types}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At least {hours} hours a week.</source>
        <translation>Mindst {hours} timer om ugen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only verified work or education counts.</source>
        <translation>Kun dokumenteret job eller uddannelse tæller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts for {weeks} weeks from enrolment.</source>
        <translation>Tæller i {weeks} uger fra indskrivningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is earned after {day}.</source>
        <translation>Intet optjenes efter {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most {weeks} paid weeks per person.</source>
        <translation>Højst {weeks} betalte uger pr. person.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {amount} for the whole project.</source>
        <translation>Højst {amount} for hele projektet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Outside the payment window: the window is empty, so nothing can be earned.</source>
        <translation>Uden for betalingsvinduet: vinduet er tomt, så intet kan optjenes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the window: this metric counts {weeks} weeks from enrolment, until {last}.</source>
        <translation>Efter vinduet: udfaldsmålet tæller {weeks} uger fra indskrivningen, til {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the contract&apos;s last payment day, {last}.</source>
        <translation>Efter kontraktens sidste betalingsdag, {last}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outside the payment window ({first} – {last}): weeks count from enrolment until the window, the contract&apos;s last payment day or the as-of day ends.</source>
        <translation>Uden for betalingsvinduet ({first} – {last}): uger tæller fra indskrivningen, til vinduet, kontraktens sidste betalingsdag eller opgørelsesdagen slutter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No work or education was recorded in this week.</source>
        <translation>Der er ikke registreret job eller uddannelse i denne uge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The work or education this week is not of a kind this metric pays for ({types}).</source>
        <translation>Ugens job eller uddannelse er ikke af en slags, som udfaldsmålet betaler for ({types}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The work or education this week had fewer than the {hours} hours a week required.</source>
        <translation>Ugens job eller uddannelse havde færre end de krævede {hours} timer om ugen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The work or education this week is not verified (no evidence recorded); only verified weeks count.</source>
        <translation>Ugens job eller uddannelse er ikke dokumenteret (ingen dokumentation registreret); kun dokumenterede uger tæller.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qualified, but not paid: the person&apos;s first {weeks} qualifying weeks have already been paid (the cap per person).</source>
        <translation>Kvalificerer, men betales ikke: personens første {weeks} kvalificerende uger er allerede betalt (loftet pr. person).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not living in {types} in this week.</source>
        <translation>Boede ikke i {types} i denne uge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Not counted: the person is not enrolled in the project on the as-of day.</source>
        <translation>Tælles ikke med: personen er ikke indskrevet i projektet på opgørelsesdagen.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Paid for: {spells}.</source>
        <translation>Betalt for: {spells}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run complete, paid once: {spells}.</source>
        <translation>Forløbet er fuldført, betales én gang: {spells}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts towards the run: {spells}.</source>
        <translation>Tæller med i forløbet: {spells}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project reached its total cap of {amount} for this metric: in {quarters} the project was paid less than its weeks earned, this person&apos;s weeks included. The person&apos;s own figures are not reduced.</source>
        <translation>Projektet nåede sit samlede loft på {amount} for udfaldsmålet: i {quarters} fik projektet mindre, end ugerne gav, også for denne persons uger. Personens egne tal nedsættes ikke.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/ledger_view.py" line="-26"/>
        <location filename="../../caseapp/gui/outcomes/project_page.py" line="+57"/>
        <location filename="../../caseapp/gui/participants/list_model.py" line="-21"/>
        <location filename="../../caseapp/gui/team/page.py" line="-11"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only weeks that earned nothing</source>
        <translation>Kun uger uden betaling</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Window</source>
        <translation>Vindue</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+136"/>
        <source>Choose a week to see in full why it earned what it did.</source>
        <translation>Vælg en uge for at se hele forklaringen på, hvad den gav.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Paid / qualified</source>
        <translation>Betalt / kvalificerer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved (one-off payment)</source>
        <translation>Opnået (engangsbetaling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified, but capped</source>
        <translation>Kvalificerer, men over loftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not qualify</source>
        <translation>Kvalificerer ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the window</source>
        <translation>Uden for vinduet</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>None of this person&apos;s projects has an outcome contract yet, so nothing is earned.</source>
        <translation>Ingen af personens projekter har en udfaldskontrakt endnu, så intet er optjent.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/metric_form.py" line="-48"/>
        <source>A short code that reports and files use; letters, digits, &apos;-&apos;</source>
        <translation>En kort kode, som rapporter og filer bruger; bogstaver, tal og &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>weeks</source>
        <translation>uger</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only verified work or education counts</source>
        <translation>Kun dokumenteret job eller uddannelse tæller</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>no cap</source>
        <translation>intet loft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Window from enrolment</source>
        <translation>Vindue fra indskrivning</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At least, per week</source>
        <translation>Mindst, pr. uge</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/outcomes/project_page.py" line="+43"/>
        <source>There are no projects yet.</source>
        <translation>Der er endnu ingen projekter.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract history</source>
        <translation>Kontrakthistorik</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract has changes that are not saved. Throw them away?</source>
        <translation>Kontrakten har ændringer, der ikke er gemt. Vil du kassere dem?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/overview/page.py" line="+1"/>
        <location filename="../../caseapp/gui/participants/list_model.py" line="+5"/>
        <source>Last seen</source>
        <translation>Sidst set</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../caseapp/gui/participants/list_model.py" line="-2"/>
        <source>Housing now</source>
        <translation>Bolig nu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job or education</source>
        <translation>Job eller uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer/school</source>
        <translation>Arbejdsgiver/skole</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../caseapp/gui/privacy/access_page.py" line="-2"/>
        <location filename="../../caseapp/gui/privacy/audit_model.py" line="-2"/>
        <location filename="../../caseapp/gui/team/page.py" line="+8"/>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone has been seen within the last 14 days.</source>
        <translation>Alle er set inden for de sidste 14 dage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tasks due this week.</source>
        <translation>Ingen opgaver med frist denne uge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every job and education has evidence.</source>
        <translation>Alle job og uddannelser er dokumenteret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts in the last 30 days.</source>
        <translation>Ingen kontakter de sidste 30 dage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not seen for 14 days or more</source>
        <translation>Ikke set i 14 dage eller mere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks due this week and overdue</source>
        <translation>Opgaver med frist denne uge og overskredne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs and education without evidence</source>
        <translation>Job og uddannelse uden dokumentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent contacts</source>
        <translation>Seneste kontakter</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/administration.py" line="+29"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/audit_log.py" line="+30"/>
        <source>Audit log</source>
        <translation>Logbog over adgang</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/conflicts.py" line="+29"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/data_quality.py" line="+31"/>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/overview.py" line="+28"/>
        <source>My caseload</source>
        <translation>Mit overblik</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/participants.py" line="+29"/>
        <location filename="../../caseapp/gui/self_test.py" line="+90"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/project.py" line="+34"/>
        <source>Project and contract</source>
        <translation>Projekt og kontrakt</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/reports.py" line="+31"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/retention.py" line="+29"/>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/pages/team.py" line="+28"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/access_log_page.py" line="+19"/>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/documents_page.py" line="-1"/>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/exit_tidy.py" line="+19"/>
        <source>Close the open tasks ({n}), as done on the exit date</source>
        <translation>Luk de åbne opgaver ({n}) som udført på afslutningsdatoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the open supports ({n}) on the exit date</source>
        <translation>Afslut de åbne indsatser ({n}) på afslutningsdatoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the open work and education ({n}) on the exit date</source>
        <translation>Afslut åbent arbejde og uddannelse ({n}) på afslutningsdatoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the open housing ({n}) on the exit date</source>
        <translation>Afslut den åbne bolig ({n}) på afslutningsdatoen</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/journal_print.py" line="+100"/>
        <source>The journal was saved to {name}</source>
        <translation>Journalen blev gemt i {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../caseapp/gui/participant_file/record_editing.py" line="+116"/>
        <source>Not saved: {reason}</source>
        <translation>Ikke gemt: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/outcome_ledger_page.py" line="+21"/>
        <source>Outcome ledger</source>
        <translation>Udfaldsregnskab</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/page_extras.py" line="+59"/>
        <source>Action plan: {achieved} of {total} goals achieved</source>
        <translation>Handleplan: {achieved} af {total} mål nået</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+6"/>
        <location filename="../../caseapp/gui/self_test.py" line="+1"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n åben opgave</numerusform>
            <numerusform>%n åbne opgaver</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{n} overdue</source>
        <translation>{n} med overskredet frist</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n spell(s) overlap another</source>
        <translation>
            <numerusform>%n periode overlapper en anden</numerusform>
            <numerusform>%n perioder overlapper en anden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n gap(s) between spells</source>
        <translation>
            <numerusform>%n hul mellem perioder</numerusform>
            <numerusform>%n huller mellem perioder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the dates.</source>
        <translation>Tjek datoerne.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n job(s) or education(s) without evidence: not counted towards any outcome until verified</source>
        <translation>
            <numerusform>%n job eller uddannelse uden dokumentation: det tæller ikke med i udfaldet, før det er dokumenteret</numerusform>
            <numerusform>%n job eller uddannelser uden dokumentation: de tæller ikke med i udfaldet, før de er dokumenteret</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/record_editing.py" line="-17"/>
        <source>Someone else changed this record after you opened it, so your change was not saved. Your values are still in the form; the saved version is shown below. Save again to replace it with yours, or cancel to keep it.</source>
        <translation>En anden har ændret posten, efter du åbnede den, så din ændring blev ikke gemt. Dine værdier står stadig i formularen; den gemte udgave vises nedenfor. Gem igen for at erstatte den med din, eller fortryd for at beholde den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone else deleted this record. Your values are still in the form; saving adds them as a new record.</source>
        <translation>En anden har slettet posten. Dine værdier står stadig i formularen; gemmer du, oprettes de som en ny post.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/record_model.py" line="+31"/>
        <source>Overlaps another housing spell</source>
        <translation>Overlapper en anden boligperiode</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Overlaps another housing spell by %n day(s)</source>
        <translation>
            <numerusform>Overlapper en anden boligperiode med %n dag</numerusform>
            <numerusform>Overlapper en anden boligperiode med %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gap of %n day(s) before this spell</source>
        <translation>
            <numerusform>Hul på %n dag før denne periode</numerusform>
            <numerusform>Hul på %n dage før denne periode</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evidence yet: does not count towards outcomes</source>
        <translation>Ikke dokumenteret endnu: tæller ikke med i udfaldet</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/record_page.py" line="+350"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work and education</source>
        <translation>Job og uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports</source>
        <translation>Støtte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment and exit</source>
        <translation>Indskrivning og afslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participant_file/timeline_page.py" line="-41"/>
        <source>Contact: {code}</source>
        <translation>Kontakt: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} started: {code}</source>
        <translation>{kind} begyndt: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} ended: {code}</source>
        <translation>{kind} ophørt: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal set ({code})</source>
        <translation>Mål sat ({code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal achieved ({code})</source>
        <translation>Mål nået ({code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task due</source>
        <translation>Opgave har frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task done</source>
        <translation>Opgave udført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to {code}</source>
        <translation>Henvist til {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake ({code})</source>
        <translation>Visitation ({code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given ({code})</source>
        <translation>Samtykke givet ({code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled in {code}</source>
        <translation>Indskrevet i {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited: {code}</source>
        <translation>Afsluttet: {code}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participants/list_controller.py" line="+87"/>
        <source>All projects</source>
        <translation>Alle projekter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All key workers</source>
        <translation>Alle kontaktpersoner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltager</numerusform>
            <numerusform>%n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} participants</source>
        <translation>{shown} af {total} deltagere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No participants yet. Register the first with New participant….</source>
        <translation>Ingen deltagere endnu. Registrér den første med Ny deltager….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No participant matches the search and filters. Clear them to see everyone.</source>
        <translation>Ingen deltager passer til søgningen og filtrene. Ryd dem for at se alle.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/participants/list_model.py" line="-6"/>
        <source>Key</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../caseapp/gui/team/page.py" line="-19"/>
        <source>Key worker</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work/education now</source>
        <translation>Job/uddannelse nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next task</source>
        <translation>Næste opgave</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+158"/>
        <source>(erased)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A job or education without evidence is recorded</source>
        <translation>Der er registreret job eller uddannelse uden dokumentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact {when}</source>
        <translation>Seneste kontakt {when}</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/privacy/access_page.py" line="+1"/>
        <location filename="../../caseapp/gui/team/page.py" line="+20"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/privacy/audit_model.py" line="-48"/>
        <source>participant</source>
        <translation>deltager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>bruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>everything</source>
        <translation>alt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>all projects</source>
        <translation>alle projekter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/privacy/erase_request.py" line="+37"/>
        <location line="+19"/>
        <source>Erase personal data</source>
        <translation>Slet personoplysninger</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Erase the personal data of {who}? This cannot be undone.</source>
        <translation>Slet personoplysningerne om {who}? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed: name, CPR number, phone, e-mail, address and the exact birth date (the birth year stays), and all free text: the notes of contacts, housing, work, supports, goals and tasks, addresses, employers, evidence, providers, and the titles of goals and tasks.</source>
        <translation>Slettes: navn, CPR-nummer, telefon, e-mail, adresse og den præcise fødselsdato (fødselsåret bliver), og al fri tekst: notater om kontakter, bolig, arbejde, indsatser, mål og opgaver, adresser, arbejdsgivere, dokumentation, udbydere og titlerne på mål og opgaver.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept: the key and the anonymous facts the outcome figures rest on (enrolment dates and reasons, housing and work spells, contact dates, modes and topics, goal areas), so figures already reported do not change, and the audit log. Backups made before still hold the data.</source>
        <translation>Bevares: id&apos;et og de anonyme fakta, som resultattallene bygger på (datoer og årsager for indskrivning, bolig- og arbejdsperioder, kontakternes datoer, former og emner, målenes områder), så allerede indberettede tal ikke ændres, og logbogen. Sikkerhedskopier taget før indeholder stadig oplysningerne.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+91"/>
        <source>Erasing</source>
        <translation>Sletter</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Someone else has the database open; the erased values leave the database&apos;s log when they close it.</source>
        <translation>En anden har databasen åben; de slettede værdier forsvinder fra databasens log, når de lukker den.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase a person on request</source>
        <translation>Slet en person på anmodning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a person asks to have their data erased, choose them by their key. Their personal data and every note are removed; the anonymous facts stay.</source>
        <translation>Når en person beder om at få sine oplysninger slettet, så vælg personen ud fra id. Personoplysninger og alle notater slettes; de anonyme fakta bliver.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erase…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participant key</source>
        <translation>Deltager-id</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{key} is not a participant whose data can be erased.</source>
        <translation>{key} er ikke en deltager, hvis oplysninger kan slettes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The personal data of {key} was erased.</source>
        <translation>Personoplysningerne om {key} er slettet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not erase: {reason}</source>
        <translation>Kunne ikke slette: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/screenshots.py" line="+150"/>
        <source>Met at the cafe. Talked about the flat viewing on Thursday.</source>
        <translation>Mødtes på caféen. Talte om fremvisningen af lejligheden på torsdag.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/team/page.py" line="-36"/>
        <source>Caseload</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not seen 14+ days</source>
        <translation>Ikke set i 14+ dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue tasks</source>
        <translation>Overskredne opgaver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs without evidence</source>
        <translation>Job uden dokumentation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no key worker)</source>
        <translation>(ingen kontaktperson)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/workspace.py" line="+75"/>
        <source>Saved at {time}</source>
        <translation>Gemt kl. {time}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_messages.py" line="+3"/>
        <source>must be DDMMYY-SSSS</source>
        <translation>skal skrives DDMMÅÅ-SSSS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not hold a real date</source>
        <translation>indeholder ikke en gyldig dato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds a NUL byte</source>
        <translation>indeholder et NUL-tegn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than {max_len} characters</source>
        <translation>er længere end {max_len} tegn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds a lone surrogate (not a character)</source>
        <translation>indeholder et ugyldigt tegn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; er ikke en dato (DD-MM-ÅÅÅÅ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a local date-time (YYYY-MM-DDTHH:MM)</source>
        <translation>&apos;{text}&apos; er ikke et tidspunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a year between {first} and {last}</source>
        <translation>ligger ikke mellem årene {first} og {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least {low}</source>
        <translation>skal være mindst {low}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most {high}</source>
        <translation>må højst være {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the start</source>
        <translation>ligger før start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fails the modulus-11 check (numbers issued since 2007 may do so); kept as given</source>
        <translation>består ikke modulus 11-kontrollen (det kan numre udstedt siden 2007); gemt som indtastet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be text</source>
        <translation>skal være tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>skal være en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>skal være et helt tal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a whole number written with 0-9</source>
        <translation>&apos;{value}&apos; er ikke et helt tal skrevet med 0-9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number</source>
        <translation>skal være et tal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a finite number</source>
        <translation>skal være et endeligt tal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be true or false</source>
        <translation>skal være sand eller falsk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>&apos;{value}&apos; er ikke en af: {allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a real date</source>
        <translation>&apos;{text}&apos; er ikke en gyldig dato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a real date and time</source>
        <translation>&apos;{text}&apos; er ikke et gyldigt tidspunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a number written with 0-9</source>
        <translation>&apos;{value}&apos; er ikke et tal skrevet med 0-9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the referral date</source>
        <translation>ligger før henvisningsdatoen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is set but the enrolment date is not</source>
        <translation>er udfyldt, men indskrivningsdatoen er ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the enrolment date</source>
        <translation>ligger før indskrivningsdatoen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when the exit date is set</source>
        <translation>skal udfyldes, når afslutningsdatoen er udfyldt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required: a person needs a name or a key</source>
        <translation>skal udfyldes: en person skal have et navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is in the future</source>
        <translation>ligger i fremtiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the goal was created</source>
        <translation>ligger før målet blev oprettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the consent was given</source>
        <translation>ligger før samtykket blev givet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a note or choose a topic</source>
        <translation>skriv et notat eller vælg et emne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is more than a year in the future</source>
        <translation>ligger mere end et år ude i fremtiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is more than a day in the future</source>
        <translation>ligger mere end en dag ude i fremtiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not look like a phone number</source>
        <translation>ligner ikke et telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not look like an e-mail address</source>
        <translation>ligner ikke en e-mailadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number of weeks of at least 1, or null</source>
        <translation>skal være mindst 1 uge eller tomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 0 to 168 hours</source>
        <translation>skal være 0 til 168 timer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an amount of at least 0 (kroner: 0, or 0.01 to 1,000,000,000)</source>
        <translation>skal være et beløb (kroner: 0 eller 0,01 til 1.000.000.000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field</source>
        <translation>er ikke et felt i kontrakten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number of at least 0, or null</source>
        <translation>skal være et helt tal på mindst 0 eller tomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an amount of at least 0, or null (kroner: 0, or 0.01 to 1,000,000,000)</source>
        <translation>skal være et beløb eller tomt (kroner: 0 eller 0,01 til 1.000.000.000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the contract must be an object</source>
        <translation>kontrakten skal være et objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be DKK</source>
        <translation>skal være DKK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation>skal være en gyldig dato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number of at least 1</source>
        <translation>skal være et helt tal på mindst 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a name of 1 to 200 characters, or null</source>
        <translation>skal være et navn på 1 til 200 tegn eller tomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list of codes</source>
        <translation>skal være en liste af koder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lists a code twice</source>
        <translation>har den samme kode to gange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an object</source>
        <translation>skal være et objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required: the id of one of the metrics</source>
        <translation>skal være et af kontraktens udfaldsmål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must list at least one code</source>
        <translation>skal have mindst én markeret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must map at least one activity code to an amount per week</source>
        <translation>skal have mindst én aktivitet med en takst pr. uge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a rate between 0 and 1</source>
        <translation>skal være mellem 0 og 100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown code {code}</source>
        <translation>ukendt kode {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names no metric of this contract: {metric}</source>
        <translation>er ikke et af kontraktens udfaldsmål: {metric}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a non-empty list</source>
        <translation>skal være en liste, der ikke er tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required: a non-empty text</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a text</source>
        <translation>skal være en tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of {value}</source>
        <translation>skal være en af {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown activity code {code}</source>
        <translation>ukendt kode {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must name a weekly_activity or activity_sustained metric</source>
        <translation>skal være et udfaldsmål for job eller uddannelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate metric id {metric_id}</source>
        <translation>id&apos;et {metric_id} bruges af to udfaldsmål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than the window can hold: the metric can never be achieved</source>
        <translation>er længere end vinduet: udfaldsmålet kan aldrig opnås</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than the window: the metric can never be achieved</source>
        <translation>er længere end vinduet: udfaldsmålet kan aldrig opnås</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not written as expected</source>
        <translation>{value} er ikke skrevet som forventet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a date written YYYY-MM-DD between 1900 and 2100</source>
        <translation>{value} er ikke en dato skrevet ÅÅÅÅ-MM-DD mellem 1900 og 2100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a date and time written YYYY-MM-DDTHH:MM between 1900 and 2100</source>
        <translation>{value} er ikke et tidspunkt skrevet ÅÅÅÅ-MM-DDTTT:MM mellem 1900 og 2100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be DDMMYY-SSSS (digits 0-9)</source>
        <translation>skal skrives DDMMÅÅ-SSSS (cifrene 0-9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} must not start or end with a space, tab or line break</source>
        <translation>{value} må ikke begynde eller slutte med mellemrum, tabulator eller linjeskift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breaks the rule &apos;{rule}&apos; of the dataset format</source>
        <translation>bryder datasætformatets regel &apos;{rule}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be {kinds}</source>
        <translation>skal være {kinds}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} er ikke en af: {allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be {value}</source>
        <translation>skal være {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least {count} characters</source>
        <translation>skal være mindst {count} tegn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least {low} (is {value})</source>
        <translation>skal være mindst {low} (is {value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most {high} (is {value})</source>
        <translation>må højst være {high} (is {value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be more than {low} (is {value})</source>
        <translation>skal være mere end {low} (er {value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be less than {high} (is {value})</source>
        <translation>skal være mindre end {high} (er {value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lists the same value more than once</source>
        <translation>nævner den samme værdi mere end én gang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must list at least {count}</source>
        <translation>skal nævne mindst {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must have at least {count} entries</source>
        <translation>skal have mindst {count} poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not allowed here</source>
        <translation>er ikke tilladt her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fits more than one of the allowed forms</source>
        <translation>passer til mere end én af de tilladte former</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required (one of: {allowed})</source>
        <translation>skal udfyldes (en af: {allowed})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has an unknown key: {detail}</source>
        <translation>har en ukendt nøgle: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a field of this record</source>
        <translation>er ikke et felt i denne post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{display} was made by a newer version of caseapp (schema {current}); it was not changed. Install the newer caseapp to open it.</source>
        <translation>{display} er lavet af en nyere version af caseapp (skema {current}); den blev ikke ændret. Installér den nyere caseapp for at åbne den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{display} is not a caseapp database; it was not changed.</source>
        <translation>{display} er ikke en caseapp-database; den blev ikke ændret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{display} holds no caseapp database.</source>
        <translation>{display} rummer ingen caseapp-database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{display} is at schema {current}, this caseapp at {head}: update caseapp on the server (its administrator) first; nothing was changed.</source>
        <translation>{display} har skema {current}, denne caseapp {head}: opdatér først caseapp på serveren (dens administrator); intet blev ændret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database at {path}. Create one with &apos;caseapp init&apos; or &apos;caseapp demo&apos;.</source>
        <translation>Ingen database i {path}. Opret en med &apos;caseapp init&apos; eller &apos;caseapp demo&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is encrypted (or not a database): give its passphrase in CASEAPP_DB_PASSPHRASE.</source>
        <translation>{path} er krypteret (eller ikke en database): angiv dens adgangsfrase i CASEAPP_DB_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{database} cannot be used: {orig}</source>
        <translation>{database} kan ikke bruges: {orig}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{database} cannot be used: {exc}</source>
        <translation>{database} kan ikke bruges: {exc}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this record after you opened it. Your change was not saved; reopen the record and try again.</source>
        <translation>En anden har ændret posten, efter du åbnede den. Din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this installation cannot open encrypted databases: install sqlcipher3-binary (pip install sqlcipher3-binary)</source>
        <translation>denne installation kan ikke åbne krypterede databaser: installér sqlcipher3-binary (pip install sqlcipher3-binary)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase is wrong, or the file is not a caseapp database</source>
        <translation>adgangsfrasen er forkert, eller filen er ikke en caseapp-database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applies to SQLite database files; a database server encrypts its own storage</source>
        <translation>gælder SQLite-databasefiler; en databaseserver krypterer selv sine data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least {min_passphrase} characters</source>
        <translation>skal være mindst {min_passphrase} tegn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <translation>er tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this installation cannot reach a PostgreSQL server: the driver psycopg is not installed (install it with: {command})</source>
        <translation>Denne installation kan ikke forbinde til en PostgreSQL-server: driveren psycopg er ikke installeret (installér den med: {command})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the database server is lost, so this was not done (nothing was written). caseapp reconnects by itself; try again in a moment.</source>
        <translation>Forbindelsen til databaseserveren er tabt, så det blev ikke gjort (intet blev skrevet). caseapp forbinder igen af sig selv; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caseapp works with a SQLite file or a {driver}:// URL, not {drivername}://</source>
        <translation>caseapp arbejder med en SQLite-fil eller en {driver}://-adresse, ikke {drivername}://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to {display}: {reason}</source>
        <translation>Kan ikke forbinde til {display}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{display} already holds a caseapp database; init never overwrites</source>
        <translation>{display} rummer allerede en caseapp-database; init overskriver aldrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{display} already holds {count} other table(s); give caseapp an empty database of its own</source>
        <translation>{display} rummer allerede {count} andre tabel(ler); giv caseapp sin egen tomme database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({role}) may not change who has access to {project_key}: an administrator or the project&apos;s team lead may</source>
        <translation>{key} ({role}) må ikke ændre, hvem der har adgang til {project_key}: det må en administrator eller projektets teamleder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({role}) may not review accesses</source>
        <translation>{key} ({role}) må ikke gennemgå adgange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That access is not one of those you review.</source>
        <translation>Den adgang er ikke en af dem, du gennemgår.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} is an administrator; administrators see no case data</source>
        <translation>{user} er administrator; administratorer ser ingen sagsdata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({role}) may not see who has access</source>
        <translation>{key} ({role}) må ikke se, hvem der har adgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say why you need the file ({reason_min_length} characters or more)</source>
        <translation>skriv hvorfor du har brug for sagen (mindst {reason_min_length} tegn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown user or wrong password, or the account is disabled or locked for now.</source>
        <translation>Ukendt bruger eller forkert adgangskode, eller kontoen er deaktiveret eller låst lige nu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <translation>Du kan ikke deaktivere din egen konto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least {min_password_length} characters</source>
        <translation>skal være mindst {min_password_length} tegn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an account &apos;{key}&apos; already exists</source>
        <translation>der findes allerede en konto &apos;{key}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({role}) may not {action}</source>
        <translation>Din rolle giver ikke adgang til dette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must end in .csv or .json</source>
        <translation>skal ende på .csv eller .json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} cannot be restored: it does not exist</source>
        <translation>{source} kan ikke genskabes: den findes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} cannot be restored: it is encrypted: its database passphrase is needed</source>
        <translation>{source} kan ikke genskabes: den er krypteret, og databasens adgangsfrase skal bruges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} cannot be restored: not a caseapp database</source>
        <translation>{source} kan ikke genskabes: det er ikke en caseapp-database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup could not be verified: {problem}</source>
        <translation>Sikkerhedskopien kunne ikke kontrolleres: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} cannot be restored: {problem}</source>
        <translation>{source} kan ikke genskabes: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} is sealed: its passphrase is needed</source>
        <translation>{source} er forseglet: dens adgangsfrase skal bruges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} cannot be restored: the file is damaged ({exc})</source>
        <translation>{source} kan ikke genskabes: filen er beskadiget ({exc})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {kind} record was deleted by someone else.</source>
        <translation>Posten er slettet af en anden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this record after you opened it. Your change was not saved; the record now shows their version.</source>
        <translation>En anden har ændret posten, efter du åbnede den. Din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{project_key} is not among your projects</source>
        <translation>{project_key} er ikke et af dine projekter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the participant is already enrolled in this project</source>
        <translation>deltageren er allerede indskrevet i dette projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project has the key &apos;{value}&apos;</source>
        <translation>intet projekt har nøglen &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project &apos;{project_key}&apos; has no contract revision {number}.</source>
        <translation>Projektet &apos;{project_key}&apos; har ingen kontraktudgave {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the controller&apos;s name and how to reach them</source>
        <translation>angiv den dataansvarliges navn, og hvordan man kontakter vedkommende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most {max_length} characters</source>
        <translation>må højst være {max_length} characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({role}) may not view figures or read cases</source>
        <translation>{key} ({role}) må ikke se tal eller læse sager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a forecast (as of {as_of}, after today {today}) cannot be delivered; deliver a report for today or a day before it</source>
        <translation>en prognose (pr. {as_of}, efter i dag {today}) kan ikke afleveres; aflevér en rapport for i dag eller en dag før</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no delivered report {report_id} of project {project_key}</source>
        <translation>ingen afleveret rapport {report_id} for projektet {project_key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document was deleted by someone else.</source>
        <translation>Dokumentet er slettet af en anden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>documents are attached at the team server, not on a field laptop</source>
        <translation>dokumenter vedhæftes på teamserveren, ikke på en bærbar i felten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{what}&apos; is not one of: {allowed}</source>
        <translation>&apos;{what}&apos; er ikke en af: {allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is larger than {megabytes} MB</source>
        <translation>er større end {megabytes} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{kind}&apos; cannot have evidence</source>
        <translation>&apos;{kind}&apos; kan ikke have dokumentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a PDF, PNG or JPEG file</source>
        <translation>er ikke en PDF-, PNG- eller JPEG-fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belongs to someone else</source>
        <translation>tilhører en anden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erasure is done on the team server; laptops follow at sync</source>
        <translation>sletning foretages på teamserveren; de bærbare følger med ved synkronisering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} was already erased on {erased_at}</source>
        <translation>{key} blev allerede slettet den {erased_at}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project &apos;{key}&apos; has no contract yet; a team lead sets it.</source>
        <translation>Projektet &apos;{key}&apos; har endnu ingen kontrakt; en teamleder fastsætter den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{participant_key} has no enrolment in {project_key}.</source>
        <translation>{participant_key} er ikke indskrevet i {project_key}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this person&apos;s details after you opened them. Your change was not saved; the file now shows their version.</source>
        <translation>En anden har ændret personens oplysninger, efter du åbnede dem. Din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a participant &apos;{key}&apos; already exists</source>
        <translation>der findes allerede en deltager &apos;{key}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be changed</source>
        <translation>kan ikke ændres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone with this CPR number is registered already</source>
        <translation>en person med dette CPR-nummer er allerede registreret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone with this name and birth date is registered already</source>
        <translation>en person med dette navn og denne fødselsdato er allerede registreret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this contract after you opened it; not saved.</source>
        <translation>En anden har ændret kontrakten, efter du åbnede den; den blev ikke gemt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a project &apos;{key}&apos; already exists</source>
        <translation>der findes allerede et projekt &apos;{key}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participant &apos;{key}&apos;.</source>
        <translation>Deltageren &apos;{key}&apos; findes ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No project &apos;{key}&apos;.</source>
        <translation>Projektet &apos;{key}&apos; findes ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account &apos;{key}&apos;.</source>
        <translation>Kontoen &apos;{key}&apos; findes ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no member of staff has the key &apos;{key}&apos;</source>
        <translation>ingen medarbejder har brugernavnet &apos;{key}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{project} is not among your projects</source>
        <translation>{project} er ikke et af dine projekter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a sealed caseapp file</source>
        <translation>er ikke en forseglet caseapp-fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was sealed by a newer caseapp</source>
        <translation>er forseglet af en nyere caseapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is cut short</source>
        <translation>er afkortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is cut short or damaged</source>
        <translation>er afkortet eller beskadiget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase is wrong, or the file was changed</source>
        <translation>adgangsfrasen er forkert, eller filen er ændret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a setting (known: {known})</source>
        <translation>er ikke en indstilling (kendte: {known})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between {low} and {high}</source>
        <translation>skal ligge mellem {low} og {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be after the start of the open one it would end</source>
        <translation>skal ligge efter starten på den åbne periode, den ville afslutte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That conflict is not one of yours.</source>
        <translation>Den konflikt er ikke en af dine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record of this conflict was deleted meanwhile; keep &apos;theirs&apos;.</source>
        <translation>Posten i denne konflikt er slettet i mellemtiden; behold &apos;deres&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person is removed by erasure on the team server, not by a conflict.</source>
        <translation>En person fjernes ved sletning på teamserveren, ikke ved en konflikt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided already by {resolved_by}</source>
        <translation>allerede afgjort af {resolved_by}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record is not on the server: only &apos;theirs&apos; can be kept</source>
        <translation>posten er ikke på serveren: kun &apos;deres&apos; kan beholdes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep &apos;mine&apos; (delete) or &apos;theirs&apos;</source>
        <translation>behold &apos;mine&apos; (slet) eller &apos;deres&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({role}) may not revoke laptops</source>
        <translation>{key} ({role}) må ikke tilbagekalde bærbare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That laptop is not one of your team&apos;s.</source>
        <translation>Den bærbare hører ikke til dit team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked already by {revoked_by}</source>
        <translation>allerede tilbagekaldt af {revoked_by}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop is not registered with the team server: check it out again.</source>
        <translation>Denne bærbare er ikke registreret på teamserveren: tjek den ud igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop was revoked on {revoked_at} by {revoked_by}: it can no longer sync. Check out again on a laptop the team trusts.</source>
        <translation>Denne bærbare blev tilbagekaldt den {revoked_at} af {revoked_by}: den kan ikke længere synkronisere. Tjek ud igen på en bærbar, teamet stoler på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind &apos;{kind}&apos;</source>
        <translation>ukendt slags &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} exists already; a checkout never overwrites</source>
        <translation>{target} findes allerede; en udtjekning overskriver aldrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this database is not a checked-out laptop</source>
        <translation>denne database er ikke en udtjekket bærbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} ({role}) may not manage a team</source>
        <translation>{key} ({role}) må ikke lede et team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no active account &apos;{new_worker}&apos;</source>
        <translation>ingen aktiv konto &apos;{new_worker}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no open enrolment in your projects</source>
        <translation>har ingen åben indskrivning i dine projekter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{new_worker} has no access to {project}; grant it first</source>
        <translation>{new_worker} har ikke adgang til {project}; giv adgang først</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{label}&apos; is not a quarter like 2024Q2</source>
        <translation>&apos;{label}&apos; er ikke et kvartal som 2024Q2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{quarter} has not ended yet</source>
        <translation>{quarter} er ikke slut endnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a caseapp dataset: the file must hold one JSON object</source>
        <translation>er ikke et caseapp-datasæt: filen skal rumme ét JSON-objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &quot;{format}&quot;: this is not a caseapp dataset</source>
        <translation>skal være &quot;{format}&quot;: dette er ikke et caseapp-datasæt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} is not supported: this program reads version {version}</source>
        <translation>{shown} understøttes ikke: dette program læser version {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no member of staff has the key &apos;{value}&apos;</source>
        <translation>ingen medarbejder har brugernavnet &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project has the key &apos;{project}&apos;</source>
        <translation>intet projekt har nøglen &apos;{project}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not the year of birth_date ({year})</source>
        <translation>er ikke året i birth_date ({year})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{key}&apos; is also the key of {where_of}[{value}]</source>
        <translation>&apos;{key}&apos; er også nøglen for {where_of}[{value}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not the birth date the CPR number holds</source>
        <translation>er ikke den fødselsdato, CPR-nummeret indeholder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a participant has at most one enrolment per project; enrolments[{value}] is in &apos;{project}&apos; too</source>
        <translation>en deltager har højst én indskrivning pr. projekt; enrolments[{value}] er også i &apos;{project}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not in the manifest; not imported</source>
        <translation>står ikke i fortegnelsen; ikke indlæst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a folder of documents</source>
        <translation>er ikke en mappe med dokumenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not {&quot;documents&quot;: [...]}</source>
        <translation>er ikke {&quot;documents&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{key}&apos; is not in the dataset</source>
        <translation>&apos;{key}&apos; findes ikke i datasættet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a SHA-256 (64 hexadecimal digits)</source>
        <translation>er ikke en SHA-256 (64 hexadecimale cifre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a path inside the documents folder</source>
        <translation>er ikke en sti inde i dokumentmappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leads out of the documents folder (a link)</source>
        <translation>fører ud af dokumentmappen (et link)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is listed twice in the manifest</source>
        <translation>står to gange i fortegnelsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not match its SHA-256 in the manifest (changed since export)</source>
        <translation>passer ikke med sin SHA-256 i fortegnelsen (ændret siden eksporten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not {&quot;kind&quot;: &quot;activity|housing|support&quot;, &quot;type&quot;: ..., &quot;start&quot;: ...}</source>
        <translation>er ikke {&quot;kind&quot;: &quot;activity|housing|support&quot;, &quot;type&quot;: ..., &quot;start&quot;: ...}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a plain file</source>
        <translation>er ikke en almindelig fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read ({error})</source>
        <translation>kan ikke læses ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed while it was being imported</source>
        <translation>blev ændret, mens den blev indlæst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not an object</source>
        <translation>er ikke et objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read as JSON ({error})</source>
        <translation>kan ikke læses som JSON ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {kind} it is evidence for ({type} from {start}) is not in the dataset; kept without it</source>
        <translation>den {kind}, det er dokumentation for ({type} fra {start}), findes ikke i datasættet; gemt uden den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database holds projects that are not yours: name one of yours with --project ({projects}).</source>
        <translation>Databasen rummer projekter, der ikke er dine: angiv et af dine med --project ({projects}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an administrator&apos;s full export holds every CPR number and note: say why (it is logged and shown to the team leads)</source>
        <translation>en administrators fulde udtræk rummer alle CPR-numre og notater: skriv hvorfor (det logges og vises for teamlederne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not hold a caseapp dataset: the file must hold one JSON object</source>
        <translation>rummer ikke et caseapp-datasæt: filen skal rumme ét JSON-objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a folder, not a file</source>
        <translation>er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read (permission denied)</source>
        <translation>kan ikke læses (adgang nægtet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a regular file</source>
        <translation>er ikke en almindelig fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not UTF-8 text (byte {position} is not)</source>
        <translation>er ikke UTF-8-tekst (byte {position} er ikke)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not valid JSON: {msg} (line {lineno}, column {colno})</source>
        <translation>er ikke gyldig JSON: {msg} (linje {lineno}, kolonne {colno})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nests deeper than a dataset can ({max_depth} levels)</source>
        <translation>er indlejret dybere end {max_depth} niveauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not valid JSON: {exc}</source>
        <translation>er ikke gyldig JSON: {exc}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is given more than once in one object</source>
        <translation>er angivet mere end én gang i samme objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a key that {problem}</source>
        <translation>har en nøgle, der {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{key}&apos; is not among your projects</source>
        <translation>{key} er ikke et af dine projekter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import into the team server; a laptop takes it in at sync</source>
        <translation>importér på teamserveren; en bærbar får det med ved synkronisering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the account keeps its role &apos;{role}&apos;: an import never changes what an account may do</source>
        <translation>kontoen beholder sin rolle &apos;{role}&apos;: en import ændrer aldrig, hvad en konto må</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{key}&apos; had their personal data erased; left as it was</source>
        <translation>&apos;{key}&apos; har fået sine personoplysninger slettet; uændret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{key}&apos; is already in the database</source>
        <translation>&apos;{key}&apos; findes allerede i databasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{project}&apos; is not among your projects</source>
        <translation>{project} er ikke et af dine projekter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 1 and {max_participants}</source>
        <translation>skal ligge mellem 1 og {max_participants}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} already exists; add --force to replace it with a demo</source>
        <translation>{where} findes allerede; tilføj --force for at erstatte den med en demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} er en mappe, ikke en databasefil</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <location filename="../../caseapp/gui/privacy/access_page.py" line="+12"/>
        <source>Everyone who opened, read or changed this person&apos;s data, newest first.</source>
        <translation>Alle der har åbnet, læst eller ændret personens oplysninger, nyeste først.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show who has looked at this file</source>
        <translation>Vis hvem der har set sagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insight document…</source>
        <translation>Indsigtsdokument…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything held on this person, for an insight request (PDF with JSON beside it)</source>
        <translation>Alt hvad der er registreret om personen, til en anmodning om indsigt (PDF med JSON ved siden af)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save the insight document</source>
        <translation>Gem indsigtsdokumentet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {pdf} and {json}.</source>
        <translation>Skrev {pdf} og {json}.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../caseapp/gui/admin/accounts_page.py" line="+47"/>
        <source>Accounts</source>
        <translation>Brugerkonti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account…</source>
        <translation>Opret konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password…</source>
        <translation>Sæt adgangskode…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Disable</source>
        <translation>Deaktivér</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Projects…</source>
        <translation>Projekter…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Case workers see only their own caseload in</source>
        <translation>Sagsbehandlere ser kun egne sager i</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Case workers in {project} now see only their own caseload.</source>
        <translation>Sagsbehandlere i {project} ser nu kun deres egne sager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case workers in {project} now see the whole project.</source>
        <translation>Sagsbehandlere i {project} ser nu hele projektet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Projects of {key} saved.</source>
        <translation>Projekter for {key} er gemt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enable</source>
        <translation>Aktivér</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account {key} added.</source>
        <translation>Kontoen {key} er oprettet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password set for {key}.</source>
        <translation>Adgangskoden er sat for {key}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable account</source>
        <translation>Deaktivér konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable {name} ({key})? They can no longer sign in.</source>
        <translation>Deaktivér {name} ({key})? Personen kan ikke længere logge ind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account {key} enabled.</source>
        <translation>Kontoen {key} er aktiveret.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account {key} disabled.</source>
        <translation>Kontoen {key} er deaktiveret.</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/documents_page.py" line="-98"/>
        <location line="+40"/>
        <source>Attach a document</source>
        <translation>Vedhæft et dokument</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Nothing in particular</source>
        <translation>Intet bestemt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence for</source>
        <translation>Dokumentation for</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF, PNG or JPEG, at most {mb} MB.</source>
        <translation>PDF, PNG eller JPEG, højst {mb} MB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Dokumenter (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../caseapp/gui/privacy/audit_page.py" line="+42"/>
        <source>Audit log</source>
        <translation>Logbog over adgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who has looked at or changed whose data. Searching the log is itself logged.</source>
        <translation>Hvem har læst eller ændret hvis oplysninger. Søgninger i loggen logges også.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every action</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not a date: {text}</source>
        <translation>Ikke en dato: {text}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n} entries (the newest {limit}; narrow the search to see older ones)</source>
        <translation>{n} poster (de nyeste {limit}; afgræns søgningen for at se ældre)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the audit log</source>
        <translation>Eksportér logbogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-filer (*.csv);;JSON-filer (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Wrote %n entry(s) to {file}.</source>
        <translation>
            <numerusform>Skrev %n post til {file}.</numerusform>
            <numerusform>Skrev %n poster til {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../caseapp/gui/forms/field_editors.py" line="+94"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../caseapp/gui/field/conflicts_page.py" line="+11"/>
        <location line="+72"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>A field changed in two places is applied nowhere until you decide. Until then the team server&apos;s value stands.</source>
        <translation>Et felt, der er ændret to steder, bruges ingen steder, før du beslutter. Indtil da gælder teamserverens værdi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts: every change has been applied.</source>
        <translation>Ingen konflikter: alle ændringer er brugt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the laptop&apos;s</source>
        <translation>Behold den bærbares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server&apos;s</source>
        <translation>Behold serverens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another value…</source>
        <translation>En anden værdi…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Value for {field}:</source>
        <translation>Værdi for {field}:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decided: {field} is now {value}.</source>
        <translation>Besluttet: {field} er nu {value}.</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <location filename="../../caseapp/gui/connection_state.py" line="+28"/>
        <source>Connection to the server lost – retrying …</source>
        <translation>Forbindelsen til serveren er tabt – prøver igen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to the server again</source>
        <translation>Forbundet til serveren igen</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../caseapp/gui/privacy/idle_lock.py" line="+65"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password for {user}</source>
        <translation>Adgangskode for {user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
</context>
<context>
    <name>DataQualityPage</name>
    <message>
        <location filename="../../caseapp/gui/reports/quality_page.py" line="+43"/>
        <source>All projects</source>
        <translation>Alle projekter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check now</source>
        <translation>Tjek nu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a finding to open the participant&apos;s file.</source>
        <translation>Dobbeltklik på et fund for at åbne deltagerens sag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking …</source>
        <translation>Tjekker …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{count} findings</source>
        <translation>{count} fund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No findings.</source>
        <translation>Ingen fund.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../caseapp/gui/forms/field_editors.py" line="-91"/>
        <source>Pick a date</source>
        <translation>Vælg en dato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/documents_page.py" line="-158"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach…</source>
        <translation>Vedhæft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>No documents yet. Attach a payslip, an agreement, a consent or a lease.</source>
        <translation>Ingen dokumenter endnu. Vedhæft en lønseddel, en aftale, et samtykke eller en lejekontrakt.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete the document {name}? This cannot be undone.</source>
        <translation>Slet dokumentet {name}? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <location filename="../../caseapp/gui/draft_bar.py" line="+48"/>
        <source>Continue writing</source>
        <translation>Skriv videre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>({n} more)</source>
        <translation>(og {n} til)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A contact note you were writing ({when}) was not saved. It was kept for you.</source>
        <translation>En kontaktnote, du var ved at skrive ({when}), blev ikke gemt. Den er gemt til dig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you were typing in this file ({what}, {when}) was not saved. It was kept for you.</source>
        <translation>Det, du skrev i denne sag ({what}, {when}), blev ikke gemt. Det er gemt til dig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you were typing in the file of {person} ({what}, {when}) was not saved. It was kept for you.</source>
        <translation>Det, du skrev i sagen for {person} ({what}, {when}), blev ikke gemt. Det er gemt til dig.</translation>
    </message>
</context>
<context>
    <name>ExitTidyDialog</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/exit_tidy.py" line="+8"/>
        <source>The participant exits</source>
        <translation>Deltageren afslutter forløbet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The participant still has open records. Choose what ends with the exit; housing and work often go on after it.</source>
        <translation>Deltageren har stadig åbne poster. Vælg, hvad der slutter med afslutningen; bolig og arbejde fortsætter ofte efter den.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the exit</source>
        <translation>Gem afslutningen</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/header.py" line="+58"/>
        <location line="+204"/>
        <source>Show CPR</source>
        <translation>Vis CPR</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Shows the full CPR number for a minute; this is logged</source>
        <translation>Viser hele CPR-nummeret i et minut; det bliver logget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log contact…</source>
        <translation>Registrér kontakt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a contact with this person (Ctrl+K)</source>
        <translation>Registrér en kontakt med personen (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit details…</source>
        <translation>Ret oplysninger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the person&apos;s name, phone, e-mail or address</source>
        <translation>Ret personens navn, telefon, e-mail eller adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase personal data…</source>
        <translation>Slet personoplysninger…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this person&apos;s personal data on their request; the anonymous facts stay</source>
        <translation>Slet personens personoplysninger på personens anmodning; de anonyme fakta bliver</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key worker</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing now</source>
        <translation>Bolig nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work/education now</source>
        <translation>Job/uddannelse nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(personal data erased)</source>
        <translation>(personoplysninger slettet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{age} years</source>
        <translation>{age} år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone {phone}</source>
        <translation>Tlf. {phone}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not enrolled</source>
        <translation>Ikke indskrevet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>{what} since {since}</source>
        <translation>{what} siden {since}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no evidence</source>
        <translation>ikke dokumenteret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{ago} ({when})</source>
        <translation>{ago} ({when})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>intet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until {day}</source>
        <translation>til {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired {day}</source>
        <translation>udløb {day}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Erase personal data</source>
        <translation>Slet personoplysninger</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>CPR {number}</source>
        <translation>CPR {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide CPR</source>
        <translation>Skjul CPR</translation>
    </message>
</context>
<context>
    <name>GlassPanel</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/glass_panel.py" line="+25"/>
        <source>{key} is not in your projects&apos; caseload. If you need the file, say why: the opening and your reason are logged and shown to the team lead.</source>
        <translation>{key} hører ikke til dine projekters sager. Har du brug for sagen, så skriv hvorfor: åbningen og din begrundelse logges og vises for teamlederen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why do you need this file?</source>
        <translation>Hvorfor har du brug for sagen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with this reason</source>
        <translation>Åbn med denne begrundelse</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../caseapp/gui/help_window.py" line="-26"/>
        <source>User manual</source>
        <translation>Brugervejledning</translation>
    </message>
</context>
<context>
    <name>JournalPrintDialog</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/journal_print.py" line="-73"/>
        <source>Print the journal</source>
        <translation>Udskriv journalen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything written in the file in the period, with whole notes, as a PDF. It holds personal data: pass it on only as the rules allow. Printing is logged.</source>
        <translation>Alt, der er skrevet i sagen i perioden, med hele notater, som PDF. Den indeholder personoplysninger: giv den kun videre efter reglerne. Udskriften logges.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type both dates.</source>
        <translation>Skriv begge datoer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of the period is before its start.</source>
        <translation>Periodens slutning ligger før dens start.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the journal</source>
        <translation>Gem journalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>JournalSearchDialog</name>
    <message>
        <location filename="../../caseapp/gui/journal_search.py" line="+8"/>
        <source>Search notes</source>
        <translation>Søg i notater</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words in notes, titles and other text</source>
        <translation>Ord i notater, titler og anden tekst</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+14"/>
        <source>Type words to find them in every file you may see.</source>
        <translation>Skriv ord for at finde dem i alle de sager, du har adgang til.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More than {n} notes hold these words; the {n} written last are shown. Add a word to find fewer.</source>
        <translation>Mere end {n} notater indeholder disse ord; de {n} senest skrevne vises. Tilføj et ord for at finde færre.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n notat fundet</numerusform>
            <numerusform>%n notater fundet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No notes hold these words. Try fewer or shorter words.</source>
        <translation>Ingen notater indeholder disse ord. Prøv med færre eller kortere ord.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="+118"/>
        <source>Log contact…</source>
        <translation>Registrér kontakt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a contact (Ctrl+K)</source>
        <translation>Registrér en kontakt (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search notes…</source>
        <translation>Søg i notater…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a file by key…</source>
        <translation>Åbn en sag ud fra nøgle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take my caseload offline…</source>
        <translation>Tag mine sager med offline…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+224"/>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+184"/>
        <source>User manual</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+191"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>About caseapp</source>
        <translation>Om caseapp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in as {key}</source>
        <translation>Logget ind som {key}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Open a file by key</source>
        <translation>Åbn en sag ud fra nøgle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant key (e.g. P-0012):</source>
        <translation>Deltagerens nøgle (f.eks. P-0012):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not done</source>
        <translation>Ikke udført</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log a contact</source>
        <translation>Registrér en kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants, or the notes of the open file</source>
        <translation>Søg blandt deltagere eller i den åbne sags notater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search notes in every file</source>
        <translation>Søg i notater i alle sager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a page</source>
        <translation>Gå til en side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a page of the open file</source>
        <translation>Gå til en side i den åbne sag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a record on the file page</source>
        <translation>Tilføj en post på sagens side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form</source>
        <translation>Gem formularen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the form</source>
        <translation>Fortryd formularen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the file</source>
        <translation>Luk sagen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes are not saved yet. Close anyway?</source>
        <translation>Nogle ændringer er ikke gemt. Luk alligevel?</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <location filename="../../caseapp/gui/field/offline_dialog.py" line="-110"/>
        <location line="+31"/>
        <source>Take my caseload offline</source>
        <translation>Tag mine sager med offline</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A laptop database holds the participants you choose, to work on without a network. Sync it with this database when you are back.</source>
        <translation>En bærbar database rummer de deltagere, du vælger, så du kan arbejde uden net. Synkronisér den med denne database, når du er tilbage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My own caseload</source>
        <translation>Mine egne sager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in project {project}</source>
        <translation>Alle i projektet {project}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt it with a passphrase</source>
        <translation>Kryptér den med en adgangsfrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Laptop database file</source>
        <translation>Den bærbares databasefil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Gentag adgangsfrasen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Laptop database</source>
        <translation>Bærbar database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>caseapp databases (*.db)</source>
        <translation>caseapp-databaser (*.db)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save the laptop database.</source>
        <translation>Vælg hvor den bærbare database skal gemmes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>De to adgangsfraser er forskellige.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../caseapp/gui/overview/page.py" line="+29"/>
        <source>Click a row to open the file</source>
        <translation>Klik på en række for at åbne sagen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hello, {name}</source>
        <translation>Goddag, {name}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{not_seen} of your participants not seen for 14 days or more · {tasks} tasks due ({overdue} overdue) · {jobs} without evidence</source>
        <translation>{not_seen} af dine deltagere ikke set i 14 dage eller mere · {tasks} opgaver med frist ({overdue} overskredet) · {jobs} uden dokumentation</translation>
    </message>
</context>
<context>
    <name>ParticipantFileView</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/file_view.py" line="+41"/>
        <location line="+89"/>
        <source>Loading…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The file could not be opened: {reason}</source>
        <translation>Sagen kunne ikke åbnes: {reason}</translation>
    </message>
</context>
<context>
    <name>ParticipantListView</name>
    <message>
        <location filename="../../caseapp/gui/participants/list_view.py" line="+29"/>
        <source>Search by name, key or the last digits of a CPR number</source>
        <translation>Søg på navn, id eller de sidste cifre i et CPR-nummer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not seen for 14+ days</source>
        <translation>Ikke set i 14+ dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job without evidence</source>
        <translation>Job uden dokumentation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open file</source>
        <translation>Åbn sag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New participant…</source>
        <translation>Ny deltager…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a new referral (Ctrl+Shift+N)</source>
        <translation>Registrér en ny henvisning (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log contact…</source>
        <translation>Registrér kontakt…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key worker</source>
        <translation>Kontaktperson</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../caseapp/gui/participants/page.py" line="+31"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file has a form with changes that are not saved. Close it anyway?</source>
        <translation>Sagen har en formular med ændringer, der ikke er gemt. Luk den alligevel?</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <location filename="../../caseapp/gui/reports/page_view.py" line="+60"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The pages could not be shown: {error}</source>
        <translation>Siderne kunne ikke vises: {error}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../caseapp/gui/participants/person_dialog.py" line="+62"/>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit {key}</source>
        <translation>Ret {key}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A person with the same CPR number, or the same name and birth date, is registered already (perhaps in another project). Make sure this is not the same person.</source>
        <translation>En person med samme CPR-nummer eller samme navn og fødselsdato er allerede registreret (måske i et andet projekt). Sørg for, at det ikke er den samme person.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Possible duplicate: a person with the same CPR number, or the same name and birth date, is registered already.</source>
        <translation>Mulig dublet: en person med samme CPR-nummer eller samme navn og fødselsdato er allerede registreret.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Someone else changed this person&apos;s details after you opened them, so your change was not saved. Close this window, and edit again.</source>
        <translation>En anden har ændret personens oplysninger, efter du åbnede dem, så din ændring blev ikke gemt. Luk vinduet, og ret igen.</translation>
    </message>
</context>
<context>
    <name>ProjectAccessDialog</name>
    <message>
        <location filename="../../caseapp/gui/admin/project_access.py" line="+30"/>
        <source>Projects of {name}</source>
        <translation>Projekter for {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} sees the participants of the projects ticked here, and nobody else&apos;s.</source>
        <translation>{name} ser deltagerne i de projekter, der er markeret her, og ingen andres.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../caseapp/gui/self_test.py" line="+1"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>QuickContactDialog</name>
    <message>
        <location filename="../../caseapp/gui/quick_contact.py" line="+78"/>
        <source>Log a contact</source>
        <translation>Registrér en kontakt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, key or the last CPR digits</source>
        <translation>Skriv et navn, et id eller de sidste CPR-cifre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>minutes</source>
        <translation>minutter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What happened, what was agreed</source>
        <translation>Hvad skete der, hvad blev aftalt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Gem (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No single participant matches; pick one from the list</source>
        <translation>Ingen entydig deltager passer; vælg en fra listen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the participant</source>
        <translation>Vælg deltageren</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not saved: {reason}</source>
        <translation>Ikke gemt: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard the note?</source>
        <translation>Kassér noten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note has not been saved. Discard it?</source>
        <translation>Noten er ikke gemt. Kassér den?</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/reading_pane.py" line="+45"/>
        <source>Choose a line to read it in full here.</source>
        <translation>Vælg en linje for at læse den i sin helhed her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No text</source>
        <translation>Ingen tekst</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../caseapp/gui/forms/record_form.py" line="+112"/>
        <source>The saved version</source>
        <translation>Den gemte udgave</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Gem (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New: {what}</source>
        <translation>Ny: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit: {what}</source>
        <translation>Ret: {what}</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/record_page.py" line="-292"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Tilføj en ny post (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Ret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>End the current one ({what} since {since}) the day before this starts</source>
        <translation>Afslut den nuværende ({what} siden {since}) dagen før denne begynder</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form has changes that are not saved. Discard them?</source>
        <translation>Formularen har ændringer, der ikke er gemt. Kassér dem?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete this {what}? This cannot be undone.</source>
        <translation>Slet denne post ({what})? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../caseapp/gui/reports/report_page.py" line="+80"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF …</source>
        <translation>Gem PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save workbook …</source>
        <translation>Gem regneark …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save caseload report …</source>
        <translation>Gem sagsstammerapport …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a project and a day, then Preview.</source>
        <translation>Vælg et projekt og en dag, og tryk Forhåndsvis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Opgjort pr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a team lead may make reports.</source>
        <translation>Kun en teamleder kan lave rapporter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No project has a contract yet.</source>
        <translation>Intet projekt har en kontrakt endnu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not make the report: {error}</source>
        <translation>Rapporten kunne ikke laves: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the preview …</source>
        <translation>Laver forhåndsvisning …</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+34"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>Writing {file} …</source>
        <translation>Skriver {file} …</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Regneark (*.xlsx)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved {file}.</source>
        <translation>Gemt: {file}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {file} and the weekly ledger in {csv}.</source>
        <translation>Gemt: {file} og ugeregnskabet i {csv}.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../caseapp/gui/privacy/retention_page.py" line="+40"/>
        <source>Retention and erasure</source>
        <translation>Opbevaring og sletning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody is past the retention period.</source>
        <translation>Ingen har passeret opbevaringsperioden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase selected…</source>
        <translation>Slet valgte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase a person on request…</source>
        <translation>Slet en person på anmodning…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase one person&apos;s personal data when they ask for it, chosen by key</source>
        <translation>Slet én persons personoplysninger, når personen beder om det, valgt ud fra id</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save settings</source>
        <translation>Gem indstillinger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy settings</source>
        <translation>Indstillinger for databeskyttelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years to keep personal data after a case closes</source>
        <translation>År personoplysninger gemmes efter sagens afslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without use before the program locks</source>
        <translation>Minutter uden brug før programmet låses</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>People whose case closed more than {years} years ago. Erasing removes names, CPR number, contact details and every note; the anonymous facts stay, so outcome figures already reported do not change.</source>
        <translation>Personer hvis sag blev afsluttet for mere end {years} år siden. Sletning fjerner navne, CPR-nummer, kontaktoplysninger og alle notater; de anonyme fakta bliver, så allerede indberettede resultattal ikke ændres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{key}: case closed {closed}</source>
        <translation>{key}: sagen afsluttet {closed}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Erase personal data</source>
        <translation>Slet personoplysninger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase the personal data and notes of {n} people? This cannot be undone.</source>
        <translation>Slet personoplysninger og notater for {n} personer? Det kan ikke fortrydes.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Erased the personal data of %n person(s).</source>
        <translation>
            <numerusform>Personoplysningerne om %n person er slettet.</numerusform>
            <numerusform>Personoplysningerne om %n personer er slettet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erasing</source>
        <translation>Sletter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings saved.</source>
        <translation>Indstillingerne er gemt.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../caseapp/gui/sign_in.py" line="+42"/>
        <source>Sign in – caseapp</source>
        <translation>Log ind – caseapp</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo accounts (password: demo)</source>
        <translation>Demokonti (adgangskode: demo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This is a demo database with invented people. Double-click an account to sign in as it.</source>
        <translation>Dette er en demodatabase med opdigtede personer. Dobbeltklik på en konto for at logge ind med den.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type your user name and password.</source>
        <translation>Skriv dit brugernavn og din adgangskode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in…</source>
        <translation>Logger ind…</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../caseapp/gui/field/sync_bar.py" line="-73"/>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Sync with the team server</source>
        <translation>Synkronisér med teamserveren</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Last synced {when}</source>
        <translation>Sidst synkroniseret {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation>Aldrig synkroniseret</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n ændring at sende</numerusform>
            <numerusform>%n ændringer at sende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your password on the team server:</source>
        <translation>Din adgangskode på teamserveren:</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../caseapp/gui/team/page.py" line="+21"/>
        <source>Each key worker&apos;s caseload and what needs attention. Double-click a number to see who.</source>
        <translation>Hver kontaktpersons sager, og hvad der kræver opmærksomhed. Dobbeltklik på et tal for at se hvem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a number above to list the participants behind it.</source>
        <translation>Vælg et tal ovenfor for at se deltagerne bag det.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reassign the selected</source>
        <translation>Flyt de valgte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign to</source>
        <translation>Flyt til</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+98"/>
        <source>Files opened outside access</source>
        <translation>Sager åbnet uden for adgang</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Who opened a file outside their projects, and why. Mark each reviewed once you have looked.</source>
        <translation>Hvem har åbnet en sag uden for deres projekter, og hvorfor. Markér hver som gennemgået, når du har set på den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only those not reviewed</source>
        <translation>Kun dem, der ikke er gennemgået</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark reviewed</source>
        <translation>Markér som gennemgået</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file has been opened outside access.</source>
        <translation>Ingen sag er åbnet uden for adgang.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your team</source>
        <translation>Dit team</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{n} to review</source>
        <translation>{n} til gennemgang</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{what} · {worker} ({n})</source>
        <translation>{what} · {worker} ({n})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select one or more participants in the list first.</source>
        <translation>Vælg først en eller flere deltagere på listen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reassign participants</source>
        <translation>Flyt deltagere</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Make {worker} the key worker of %n participant(s)?</source>
        <translation>
            <numerusform>Gør {worker} til kontaktperson for %n deltager?</numerusform>
            <numerusform>Gør {worker} til kontaktperson for %n deltagere?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{worker} is now the key worker of %n participant(s).</source>
        <translation>
            <numerusform>{worker} er nu kontaktperson for %n deltager.</numerusform>
            <numerusform>{worker} er nu kontaktperson for %n deltagere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/timeline_page.py" line="-105"/>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search the notes of this file</source>
        <translation>Søg i denne sags notater</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print journal…</source>
        <translation>Udskriv journal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the journal for a period as a PDF file</source>
        <translation>Gem journalen for en periode som PDF-fil</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No notes hold these words. Try fewer or shorter words.</source>
        <translation>Ingen notater indeholder disse ord. Prøv med færre eller kortere ord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been recorded yet. Log a contact with Ctrl+K.</source>
        <translation>Der er ikke registreret noget endnu. Registrér en kontakt med Ctrl+K.</translation>
    </message>
</context>
<context>
    <name>cover</name>
    <message>
        <location filename="../../caseapp/gui/privacy/idle_lock.py" line="+85"/>
        <source>The program was locked after {minutes} minutes without use. Your open work is kept.</source>
        <translation>Programmet blev låst efter {minutes} minutter uden brug. Dit åbne arbejde er bevaret.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../caseapp/gui/participant_file/page_extras.py" line="-65"/>
        <source>Mark done</source>
        <translation>Markér som udført</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark achieved</source>
        <translation>Markér som nået</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit…</source>
        <translation>Afslut forløb…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the participant&apos;s exit from the project</source>
        <translation>Registrér deltagerens afslutning i projektet</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../caseapp/gui/app.py" line="-40"/>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes are not saved yet. Sign out anyway?</source>
        <translation>Nogle ændringer er ikke gemt. Log ud alligevel?</translation>
    </message>
</context>
</TS>
