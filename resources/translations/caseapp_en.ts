<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/i18n.py" line="+135"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/participant_file/page_extras.py" line="+70"/>
        <location line="+6"/>
        <location filename="../../caseapp/gui/self_test.py" line="+91"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n spell(s) overlap another</source>
        <translation>
            <numerusform>%n spell overlaps another</numerusform>
            <numerusform>%n spells overlap another</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n gap(s) between spells</source>
        <translation>
            <numerusform>%n gap between spells</numerusform>
            <numerusform>%n gaps between spells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n job(s) or education(s) without evidence: not counted towards any outcome until verified</source>
        <translation>
            <numerusform>%n job or education without evidence: it counts towards no outcome until verified</numerusform>
            <numerusform>%n jobs or educations without evidence: they count towards no outcome until verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/participant_file/record_model.py" line="+32"/>
        <source>Overlaps another housing spell by %n day(s)</source>
        <translation>
            <numerusform>Overlaps another housing spell by %n day</numerusform>
            <numerusform>Overlaps another housing spell by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gap of %n day(s) before this spell</source>
        <translation>
            <numerusform>Gap of %n day before this spell</numerusform>
            <numerusform>Gap of %n days before this spell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/participants/list_controller.py" line="+144"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/participants/list_model.py" line="+52"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field/offline_dialog.py" line="+137"/>
        <source>{file} holds %n participant(s). Open it on the laptop: caseapp --db {file}</source>
        <translation>
            <numerusform>{file} holds %n participant. Open it on the laptop: caseapp --db {file}</numerusform>
            <numerusform>{file} holds %n participants. Open it on the laptop: caseapp --db {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/privacy/audit_page.py" line="+151"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Wrote %n entry(s) to {file}.</source>
        <translation>
            <numerusform>Wrote %n entry to {file}.</numerusform>
            <numerusform>Wrote %n entrys to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSearchDialog</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/journal_search.py" line="+129"/>
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n note found</numerusform>
            <numerusform>%n notes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/privacy/retention_page.py" line="+160"/>
        <source>Erased the personal data of %n person(s).</source>
        <translation>
            <numerusform>Erased the personal data of %n person.</numerusform>
            <numerusform>Erased the personal data of %n persons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field/sync_bar.py" line="+52"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/team/page.py" line="+283"/>
        <source>Make {worker} the key worker of %n participant(s)?</source>
        <translation>
            <numerusform>Make {worker} the key worker of %n participant?</numerusform>
            <numerusform>Make {worker} the key worker of %n participants?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{worker} is now the key worker of %n participant(s).</source>
        <translation>
            <numerusform>{worker} is now the key worker of %n participant.</numerusform>
            <numerusform>{worker} is now the key worker of %n participants.</numerusform>
        </translation>
    </message>
</context>
</TS>
