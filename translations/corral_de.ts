<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Show only strategies in this state</source>
        <translation>Nur Strategien in diesem Zustand zeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Befehlszeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt die Hilfe einschließlich der Qt-spezifischen Optionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Weekly windows</source>
        <translation>Wöchentliche Zeitfenster</translation>
    </message>
    <message>
        <source>The strategy is started when a window opens and stopped when it closes.</source>
        <translation>Die Strategie wird gestartet, wenn ein Zeitfenster beginnt, und gestoppt, wenn es endet.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>Zeitfenster &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation>Zeitfenster &amp;entfernen</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Type part of a city or region to search, e.g. &quot;York&quot; or &quot;Kolkata&quot;</source>
        <translation>Teil eines Orts- oder Regionsnamens eingeben, z. B. „York“ oder „Kolkata“</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>No window opens on these dates. One date per line, as YYYY-MM-DD.</source>
        <translation>An diesen Tagen beginnt kein Zeitfenster. Ein Datum pro Zeile, als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Repeating job</source>
        <translation>Wiederkehrender Auftrag</translation>
    </message>
    <message>
        <source>Start &amp;every</source>
        <translation>Starten a&amp;lle</translation>
    </message>
    <message>
        <source>For jobs that run and exit, such as a backfill. Leave off when the strategy uses windows.</source>
        <translation>Für Aufträge, die laufen und sich dann beenden, etwa ein Backfill. Aus lassen, wenn die Strategie Zeitfenster nutzt.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <source>backoff</source>
        <extracomment>Waiting to restart after a crash (the status bar counts these as &quot;restarting&quot;).</extracomment>
        <translation>startet neu</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Gave up after failing too often in a row.</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>StrategyEditor</name>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Executable or script, e.g. /opt/bots/ticker.py</source>
        <translation>Programm oder Skript, z. B. /opt/bots/ticker.py</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>Separated by spaces; put an argument that contains spaces in double quotes</source>
        <translation>Durch Leerzeichen getrennt; ein Argument mit Leerzeichen in doppelte Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>A&amp;rbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>Your home directory</source>
        <translation>Ihr Home-Verzeichnis</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Variables set for the program, e.g. PYTHONUNBUFFERED=1 or an API host. Mark keys and passwords as secret: they are masked here and never written to logs.</source>
        <translation>Variablen für das Programm, z. B. PYTHONUNBUFFERED=1 oder ein API-Host. Schlüssel und Passwörter als geheim markieren: Sie werden hier verdeckt und nie ins Log geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <source>Restart &amp;&amp; limits</source>
        <translation>Neustart &amp;&amp; Limits</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>&amp;Neustart:</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Aufgeben nach:</translation>
    </message>
    <message>
        <source>Consecutive failures within a minute of starting before the strategy is marked failed</source>
        <translation>Fehlschläge in Folge, jeweils innerhalb einer Minute nach dem Start, bevor die Strategie als fehlgeschlagen gilt</translation>
    </message>
    <message>
        <source> quick failures</source>
        <translation> schnelle Fehlschläge</translation>
    </message>
    <message>
        <source>&amp;Stop timeout:</source>
        <translation>&amp;Stopp-Zeitlimit:</translation>
    </message>
    <message>
        <source>How long the program may take to exit after being asked to stop, before it is killed</source>
        <translation>Wie lange sich das Programm nach der Aufforderung zum Stoppen Zeit lassen darf, bevor es beendet wird (kill)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>Spei&amp;cher:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Open files:</source>
        <translation>&amp;Offene Dateien:</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Geerbt</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>Caps the thread pools of OpenMP, OpenBLAS, MKL, NumExpr and Numba</source>
        <translation>Begrenzt die Thread-Pools von OpenMP, OpenBLAS, MKL, NumExpr und Numba</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Rotate &amp;at:</source>
        <translation>Rotieren a&amp;b:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>Be&amp;halten:</translation>
    </message>
    <message>
        <source> old files</source>
        <translation> alte Dateien</translation>
    </message>
    <message>
        <source>Start order</source>
        <translation>Startreihenfolge</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <source>Higher starts earlier in Start all</source>
        <translation>Höhere Werte starten bei „Alle starten“ früher</translation>
    </message>
    <message>
        <source>Starts after the strategies checked here and stops before them:</source>
        <translation>Startet nach den hier angehakten Strategien und stoppt vor ihnen:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No program to start at login.</source>
        <translation>Kein Programm zum Starten bei der Anmeldung.</translation>
    </message>
    <message>
        <source>The path %1 contains a line break.</source>
        <translation>Der Pfad %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system.</source>
        <translation>Der Start bei der Anmeldung wird auf diesem System nicht unterstützt.</translation>
    </message>
    <message>
        <source>Could not change %1.</source>
        <translation>%1 konnte nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>corral::Duration</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>corral::gui::DaemonConnection</name>
    <message>
        <source>corrald gave no reason</source>
        <translation>corrald nannte keinen Grund</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>the connection to corrald was lost</source>
        <translation>die Verbindung zu corrald ist abgebrochen</translation>
    </message>
    <message>
        <source>corrald went away</source>
        <translation>corrald wurde beendet</translation>
    </message>
    <message>
        <source>the request is too large</source>
        <translation>die Anfrage ist zu groß</translation>
    </message>
    <message>
        <source>not connected to corrald</source>
        <translation>nicht mit corrald verbunden</translation>
    </message>
    <message>
        <source>unreadable strategy</source>
        <translation>unlesbare Strategie</translation>
    </message>
</context>
<context>
    <name>corral::gui::EmptyState</name>
    <message>
        <source>No strategies yet</source>
        <translation>Noch keine Strategien</translation>
    </message>
    <message>
        <source>Corral keeps your bots, strategies and scripts running on their own: detached from this window, one copy at a time, restarted when they crash, and stopped together with every process they started.&lt;br&gt;&lt;br&gt;Add a program, drop a script file here, or try the two examples: a ticker that prints prices until it is stopped and a backfill job that runs once. Neither needs the network.</source>
        <translation>Corral hält Ihre Bots, Strategien und Skripte eigenständig am Laufen: unabhängig von diesem Fenster, immer nur eine Instanz, nach einem Absturz neu gestartet und beim Stoppen zusammen mit allen Prozessen beendet, die sie gestartet haben.&lt;br&gt;&lt;br&gt;Fügen Sie ein Programm hinzu, ziehen Sie eine Skriptdatei hierher oder probieren Sie die beiden Beispiele aus: einen Ticker, der Kurse ausgibt, bis er gestoppt wird, und einen Backfill-Auftrag, der einmal läuft. Keines davon braucht das Netzwerk.</translation>
    </message>
    <message>
        <source>Add the Example Strategies</source>
        <translation>Beispielstrategien hinzufügen</translation>
    </message>
    <message>
        <source>Add a Strategy…</source>
        <translation>Strategie hinzufügen…</translation>
    </message>
</context>
<context>
    <name>corral::gui::EnvTableModel</name>
    <message>
        <source>A secret value is masked here and never written to logs</source>
        <translation>Ein geheimer Wert wird hier verdeckt und nie ins Log geschrieben</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
</context>
<context>
    <name>corral::gui::LogViewer</name>
    <message>
        <source>The live log or one of its rotated backups (.1 is the newest)</source>
        <translation>Das laufende Log oder eine seiner rotierten Sicherungen (.1 ist die neueste)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous match</source>
        <translation>Eingabe: nächster Treffer, Umschalt+Eingabe: vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Show lines as they are written</source>
        <translation>Zeilen anzeigen, sobald sie geschrieben werden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text, or all text shown</source>
        <translation>Den markierten Text kopieren, sonst den ganzen angezeigten Text</translation>
    </message>
    <message>
        <source>Nothing logged yet: %1</source>
        <translation>Noch nichts protokolliert: %1</translation>
    </message>
    <message>
        <source>[… %1 skipped: written faster than they can be shown …]</source>
        <translation>[… %1 übersprungen: schneller geschrieben, als sie angezeigt werden können …]</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>corral::gui::MainWindow</name>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>&amp;Log anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Corral</source>
        <translation>&amp;Über Corral</translation>
    </message>
    <message>
        <source>About Corral</source>
        <translation>Über Corral</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corral %1&lt;/h3&gt;&lt;p&gt;Keeps long-running programs alone, detached and under control.&lt;/p&gt;&lt;p&gt;corrald %2 supervises the strategies; this window and &lt;code&gt;corralctl&lt;/code&gt; are its clients.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corral %1&lt;/h3&gt;&lt;p&gt;Hält lang laufende Programme eigenständig, losgelöst und unter Kontrolle.&lt;/p&gt;&lt;p&gt;corrald %2 überwacht die Strategien; dieses Fenster und &lt;code&gt;corralctl&lt;/code&gt; sind seine Clients.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <source>corrald: %1</source>
        <translation>corrald: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connected to corrald (pid %1)</source>
        <translation>Mit corrald verbunden (PID %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restarting</source>
        <translation>
            <numerusform>%n startet neu</numerusform>
            <numerusform>%n starten neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strategies</source>
        <translation>
            <numerusform>%n Strategie</numerusform>
            <numerusform>%n Strategien</numerusform>
        </translation>
    </message>
    <message>
        <source>corrald not running — starting it…</source>
        <translation>corrald läuft nicht – wird gestartet…</translation>
    </message>
    <message>
        <source>Not connected to corrald — retrying…</source>
        <translation>Nicht mit corrald verbunden – neuer Versuch…</translation>
    </message>
    <message>
        <source>Not connected to corrald — retrying… (%1)</source>
        <translation>Nicht mit corrald verbunden – neuer Versuch… (%1)</translation>
    </message>
    <message>
        <source>Connecting to corrald…</source>
        <translation>Verbindung zu corrald wird hergestellt…</translation>
    </message>
    <message>
        <source>corrald is not running.
%1
Retrying…</source>
        <translation>corrald läuft nicht.
%1
Neuer Versuch…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:gray&apos;&gt;Select a strategy to see its log&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Strategie auswählen, um ihr Log zu sehen&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · pid %1</source>
        <translation> · PID %1</translation>
    </message>
    <message>
        <source> · since %1</source>
        <translation> · seit %1</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Corral is still in the tray</source>
        <translation>Corral ist weiterhin im Infobereich</translation>
    </message>
    <message>
        <source>Your strategies keep running. Open Corral from this icon; Quit there closes it for good.</source>
        <translation>Ihre Strategien laufen weiter. Öffnen Sie Corral über dieses Symbol; „Beenden“ dort schließt es endgültig.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Corral</source>
        <translation>Corral</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation>%1 konnte nicht gestoppt werden</translation>
    </message>
    <message>
        <source>Could not restart %1</source>
        <translation>%1 konnte nicht neu gestartet werden</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 wird gestoppt…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 wird neu gestartet…</translation>
    </message>
    <message>
        <source>Starting every strategy…</source>
        <translation>Alle Strategien werden gestartet…</translation>
    </message>
    <message>
        <source>Could not start every strategy</source>
        <translation>Nicht alle Strategien konnten gestartet werden</translation>
    </message>
    <message>
        <source>Stop All Strategies</source>
        <translation>Alle Strategien stoppen</translation>
    </message>
    <message numerus="yes">
        <source>Stop every strategy (%n active)?</source>
        <translation>
            <numerusform>Alle Strategien stoppen (%n aktiv)?</numerusform>
            <numerusform>Alle Strategien stoppen (%n aktiv)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each strategy and every process it started is stopped, dependents first. Scheduled strategies start again when their next window opens.</source>
        <translation>Jede Strategie wird mit allen Prozessen gestoppt, die sie gestartet hat, abhängige zuerst. Strategien mit Zeitplan starten wieder, wenn ihr nächstes Zeitfenster beginnt.</translation>
    </message>
    <message>
        <source>Stop All</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>Stopping every strategy…</source>
        <translation>Alle Strategien werden gestoppt…</translation>
    </message>
    <message>
        <source>Every strategy is stopped</source>
        <translation>Alle Strategien sind gestoppt</translation>
    </message>
    <message>
        <source>Could not stop every strategy</source>
        <translation>Nicht alle Strategien konnten gestoppt werden</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n strategies?</source>
        <translation>
            <numerusform>%n Strategie entfernen?</numerusform>
            <numerusform>%n Strategien entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Corral forgets them; their log files stay on disk.</source>
        <translation>Corral vergisst sie; ihre Logdateien bleiben auf der Festplatte.</translation>
    </message>
    <message>
        <source>%1 will be stopped first. </source>
        <translation>%1 wird zuerst gestoppt. </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not stop before removing</source>
        <translation>Stoppen vor dem Entfernen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not read the strategies from corrald</source>
        <translation>Die Strategien konnten nicht von corrald gelesen werden</translation>
    </message>
    <message>
        <source>Add Strategy</source>
        <translation>Strategie hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation>%1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <extracomment>Name proposed for a duplicated strategy. It becomes a file name: no /  : * ? &quot; &lt; &gt; |.</extracomment>
        <translation>%1-kopie</translation>
    </message>
    <message>
        <source>%1-copy%2</source>
        <translation>%1-kopie%2</translation>
    </message>
    <message>
        <source>Could not add the example %1</source>
        <translation>Das Beispiel %1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The logs are in %1</source>
        <translation>Die Logs liegen in %1</translation>
    </message>
</context>
<context>
    <name>corral::gui::NotificationDispatcher</name>
    <message>
        <source>It stopped unexpectedly.</source>
        <translation>Sie wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>%1 crashed and is restarting</source>
        <translation>%1 ist abgestürzt und startet neu</translation>
    </message>
    <message>
        <source>It failed too often in a row.</source>
        <translation>Sie ist zu oft hintereinander fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 gave up</source>
        <translation>%1 hat aufgegeben</translation>
    </message>
    <message>
        <source>%1
Start it again from Corral once the cause is fixed.</source>
        <translation>%1
Starten Sie sie in Corral erneut, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
</context>
<context>
    <name>corral::gui::ScheduleEditor</name>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>No days</source>
        <translation>Keine Tage</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <translation>%1 (Folgetag)</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Zeitfenster %1: %2</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: %2</source>
        <translation>Feiertag „%1“: %2</translation>
    </message>
    <message>
        <source>Next events</source>
        <translation>Nächste Ereignisse</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>One upcoming event of the schedule: the time with its zone&apos;s offset, then &quot;start&quot; or &quot;stop&quot;.</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>Nichts geplant</translation>
    </message>
</context>
<context>
    <name>corral::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A strategy crashed and is restarting</source>
        <translation>Eine Strategie ist abgestürzt und startet neu</translation>
    </message>
    <message>
        <source>A strategy gave up after failing too often</source>
        <translation>Eine Strategie hat nach zu vielen Fehlschlägen aufgegeben</translation>
    </message>
    <message>
        <source>Its schedule started a strategy</source>
        <translation>Der Zeitplan hat eine Strategie gestartet</translation>
    </message>
    <message>
        <source>Its schedule stopped a strategy</source>
        <translation>Der Zeitplan hat eine Strategie gestoppt</translation>
    </message>
    <message>
        <source>Closing the window keeps Corral in the system tray</source>
        <translation>Beim Schließen des Fensters bleibt Corral im Infobereich</translation>
    </message>
    <message>
        <source>Start Corral at login</source>
        <translation>Corral bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Benachrichtigen, wenn</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Corral.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Corral.</translation>
    </message>
</context>
<context>
    <name>corral::gui::StrategyActions</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a strategy</source>
        <translation>Eine Strategie hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected strategy (or press Return on it)</source>
        <translation>Die ausgewählte Strategie bearbeiten (oder Eingabe darauf drücken)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Add a copy of the selected strategy</source>
        <translation>Eine Kopie der ausgewählten Strategie hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected strategies (their logs stay)</source>
        <translation>Die ausgewählten Strategien entfernen (ihre Logs bleiben erhalten)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected strategies</source>
        <translation>Die ausgewählten Strategien starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the selected strategies and all their processes</source>
        <translation>Die ausgewählten Strategien mit allen ihren Prozessen stoppen</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Restart the selected strategies</source>
        <translation>Die ausgewählten Strategien neu starten</translation>
    </message>
    <message>
        <source>Start A&amp;ll</source>
        <translation>&amp;Alle starten</translation>
    </message>
    <message>
        <source>Start every strategy, by priority and dependencies</source>
        <translation>Alle Strategien starten, nach Priorität und Abhängigkeiten</translation>
    </message>
    <message>
        <source>Stop &amp;All…</source>
        <translation>A&amp;lle stoppen…</translation>
    </message>
    <message>
        <source>The kill switch: stop every strategy, dependents first</source>
        <translation>Der Not-Aus: alle Strategien stoppen, abhängige zuerst</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Log-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder that holds every strategy&apos;s log</source>
        <translation>Den Ordner mit den Logs aller Strategien öffnen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask corrald for every strategy again</source>
        <translation>Alle Strategien erneut von corrald abfragen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Close the window; strategies keep running</source>
        <translation>Das Fenster schließen; die Strategien laufen weiter</translation>
    </message>
    <message>
        <source>&amp;Quit Corral</source>
        <translation>Corral &amp;beenden</translation>
    </message>
    <message>
        <source>Quit the window and the tray icon; strategies keep running</source>
        <translation>Fenster und Symbol im Infobereich beenden; die Strategien laufen weiter</translation>
    </message>
    <message>
        <source>Notifications, window behaviour and language</source>
        <translation>Benachrichtigungen, Fensterverhalten und Sprache</translation>
    </message>
</context>
<context>
    <name>corral::gui::StrategyEditor</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Fehler</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Leave the program stopped when it exits</source>
        <translation>Das Programm nach dem Beenden gestoppt lassen</translation>
    </message>
    <message>
        <source>Restart when it exits with an error or is killed</source>
        <translation>Neu starten, wenn es mit einem Fehler endet oder abgebrochen wird</translation>
    </message>
    <message>
        <source>Restart whenever it exits</source>
        <translation>Bei jedem Beenden neu starten</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (nicht konfiguriert)</translation>
    </message>
    <message>
        <source>another strategy is already called &quot;%1&quot;</source>
        <translation>eine andere Strategie heißt bereits „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; depends on &quot;%2&quot;; renaming it would leave &quot;%1&quot; without it</source>
        <translation>„%1“ hängt von „%2“ ab; nach dem Umbenennen fehlte „%1“ diese Abhängigkeit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is set on more than one row</source>
        <translation>%1 ist in mehr als einer Zeile gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Problems to fix before saving: %n</source>
        <translation>
            <numerusform>Vor dem Speichern zu beheben: %n Problem</numerusform>
            <numerusform>Vor dem Speichern zu beheben: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the program</source>
        <translation>Programm auswählen</translation>
    </message>
    <message>
        <source>Choose the working directory</source>
        <translation>Arbeitsverzeichnis auswählen</translation>
    </message>
    <message>
        <source>Runs with %1, the virtualenv beside the script.</source>
        <translation>Läuft mit %1, dem virtualenv neben dem Skript.</translation>
    </message>
    <message>
        <source>Runs with %1 from PATH: no virtualenv found beside the script.</source>
        <translation>Läuft mit %1 aus dem PATH: kein virtualenv neben dem Skript gefunden.</translation>
    </message>
</context>
<context>
    <name>corral::gui::StrategyTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Found running when corrald started; its exit code will be unknown</source>
        <translation>Lief schon, als corrald startete; ihr Exit-Code wird unbekannt sein</translation>
    </message>
    <message>
        <source>Stopped by hand inside its window: not restarted until the next window</source>
        <translation>Innerhalb ihres Zeitfensters von Hand gestoppt: erst im nächsten Zeitfenster wieder gestartet</translation>
    </message>
    <message>
        <source>%1 (adopted)</source>
        <translation>%1 (übernommen)</translation>
    </message>
    <message>
        <source>held</source>
        <extracomment>Next column: stopped by hand inside its schedule window, so the schedule does not start it now.</extracomment>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>stop</source>
        <extracomment>Next column: what the schedule does next (&quot;start&quot; or &quot;stop&quot;), followed by when.</extracomment>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1 %2 (held)</source>
        <extracomment>%1 is &quot;start&quot; or &quot;stop&quot; (translated above), %2 a time or a date and time.</extracomment>
        <translation>%1 %2 (angehalten)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Consecutive restarts in the current failure streak</source>
        <translation>Neustarts in Folge in der aktuellen Fehlerserie</translation>
    </message>
    <message>
        <source>The whole process tree of the strategy</source>
        <translation>Der gesamte Prozessbaum der Strategie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste Aktion</translation>
    </message>
</context>
<context>
    <name>corral::gui::TrayIcon</name>
    <message>
        <source>Open Corral</source>
        <translation>Corral öffnen</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Stop All Strategies…</source>
        <translation>Alle Strategien stoppen…</translation>
    </message>
    <message>
        <source>Quit Corral (strategies keep running)</source>
        <translation>Corral beenden (Strategien laufen weiter)</translation>
    </message>
    <message>
        <source>Closes the window and the tray icon; corrald and every strategy keep running</source>
        <translation>Schließt Fenster und Symbol im Infobereich; corrald und alle Strategien laufen weiter</translation>
    </message>
    <message>
        <source>Corral — not connected to corrald</source>
        <translation>Corral – nicht mit corrald verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restarting</source>
        <translation>
            <numerusform>%n startet neu</numerusform>
            <numerusform>%n starten neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n insgesamt</numerusform>
            <numerusform>%n insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Corral — %1</source>
        <translation>Corral – %1</translation>
    </message>
    <message>
        <source>No strategies</source>
        <translation>Keine Strategien</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>corralctl</name>
    <message>
        <source>corrald refused the request</source>
        <translation>corrald hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>bad status from corrald: %1</source>
        <translation>ungültiger Status von corrald: %1</translation>
    </message>
    <message>
        <source>Environment values given with --secret-env are stored like --env but never shown by &apos;status&apos;.</source>
        <translation>Mit --secret-env angegebene Werte werden wie --env gespeichert, aber von &apos;status&apos; nie angezeigt.</translation>
    </message>
    <message>
        <source>Every strategy, in priority and dependency order (stop: the reverse).</source>
        <translation>Alle Strategien, nach Priorität und Abhängigkeiten geordnet (stop: umgekehrt).</translation>
    </message>
    <message>
        <source>give names or --all, not both</source>
        <translation>Namen oder --all angeben, nicht beides</translation>
    </message>
    <message>
        <source>missing NAME (or --all)</source>
        <translation>NAME fehlt (oder --all)</translation>
    </message>
    <message>
        <source>a NAME must not be empty</source>
        <translation>ein NAME darf nicht leer sein</translation>
    </message>
    <message>
        <source>No strategies.</source>
        <translation>Keine Strategien.</translation>
    </message>
    <message>
        <source>Registers a strategy: PROGRAM with ARGS, run in its own session with its output in its log.
It does not start it: use &apos;corralctl start NAME&apos;.
PROGRAM is looked up in your PATH now, and relative paths (--cwd, ./bot.py) mean the current directory, which is also the default working directory.</source>
        <translation>Registriert eine Strategie: PROGRAM mit ARGS, ausgeführt in einer eigenen Sitzung, die Ausgabe im eigenen Log.
Gestartet wird sie dabei nicht: dazu &apos;corralctl start NAME&apos;.
PROGRAM wird jetzt in Ihrem PATH gesucht, und relative Pfade (--cwd, ./bot.py) beziehen sich auf das aktuelle Verzeichnis, das auch das voreingestellte Arbeitsverzeichnis ist.</translation>
    </message>
    <message>
        <source>missing &apos;-- PROGRAM [ARGS...]&apos;: the program to run</source>
        <translation>&apos;-- PROGRAM [ARGS...]&apos; fehlt: das auszuführende Programm</translation>
    </message>
    <message>
        <source>%1: added (start it with &apos;corralctl start %1&apos;)</source>
        <translation>%1: hinzugefügt (starten mit &apos;corralctl start %1&apos;)</translation>
    </message>
    <message>
        <source>Changes only what is given: &apos;-- PROGRAM ARGS&apos; replaces the command, --env/--secret-env replace the whole environment, --depends &quot;&quot; clears the dependencies.</source>
        <translation>Ändert nur, was angegeben wird: &apos;-- PROGRAM ARGS&apos; ersetzt den Befehl, --env/--secret-env ersetzen die ganze Umgebung, --depends &quot;&quot; entfernt die Abhängigkeiten.</translation>
    </message>
    <message>
        <source>Give the strategy a new name.</source>
        <translation>Der Strategie einen neuen Namen geben.</translation>
    </message>
    <message>
        <source>missing PROGRAM after &apos;--&apos;</source>
        <translation>PROGRAM nach &apos;--&apos; fehlt</translation>
    </message>
    <message>
        <source>nothing to change: give an option or &apos;-- PROGRAM [ARGS...]&apos;</source>
        <translation>nichts zu ändern: eine Option oder &apos;-- PROGRAM [ARGS...]&apos; angeben</translation>
    </message>
    <message>
        <source>cannot read the config of %1 from corrald: %2</source>
        <translation>die Konfiguration von %1 kann nicht von corrald gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: renamed to %2</source>
        <translation>%1: umbenannt in %2</translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1: aktualisiert</translation>
    </message>
    <message>
        <source>Removes a strategy from the config. Its log files are kept.</source>
        <translation>Entfernt eine Strategie aus der Konfiguration. Ihre Logdateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: entfernt</translation>
    </message>
    <message>
        <source>Starts strategies. One that is already running is left alone (its instance lock makes a second copy impossible).</source>
        <translation>Startet Strategien. Eine bereits laufende bleibt unberührt (ihre Instanzsperre verhindert eine zweite Kopie).</translation>
    </message>
    <message>
        <source>Stops strategies with all their child processes: a polite signal, then a kill after the stop timeout. A stopped strategy is not restarted.</source>
        <translation>Stoppt Strategien mit allen Kindprozessen: erst ein höfliches Signal, nach dem Stopp-Zeitlimit ein Kill. Eine gestoppte Strategie wird nicht neu gestartet.</translation>
    </message>
    <message>
        <source>Stops and starts strategies again (a stopped one is just started).</source>
        <translation>Stoppt Strategien und startet sie wieder (eine gestoppte wird nur gestartet).</translation>
    </message>
    <message>
        <source>Shows every strategy and its state.</source>
        <translation>Zeigt alle Strategien und ihren Zustand.</translation>
    </message>
    <message>
        <source>Print a JSON array of status objects.</source>
        <translation>Ein JSON-Array von Statusobjekten ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No strategies. Add one with: corralctl add NAME -- PROGRAM [ARGS...]</source>
        <translation>Keine Strategien. Eine hinzufügen mit: corralctl add NAME -- PROGRAM [ARGS...]</translation>
    </message>
    <message>
        <source>Shows the state and the settings of one strategy.</source>
        <translation>Zeigt Zustand und Einstellungen einer Strategie.</translation>
    </message>
    <message>
        <source>Print the status object as JSON.</source>
        <translation>Das Statusobjekt als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Sets when corrald starts and stops a strategy by itself: a weekly window, or every MIN minutes for a one-shot job. Replaces the previous schedule.</source>
        <translation>Legt fest, wann corrald eine Strategie selbst startet und stoppt: ein wöchentliches Zeitfenster oder, für einen einmal laufenden Auftrag, alle MIN Minuten. Ersetzt den bisherigen Zeitplan.</translation>
    </message>
    <message>
        <source>%1: schedule cleared</source>
        <translation>%1: Zeitplan entfernt</translation>
    </message>
    <message>
        <source>%1: runs every %2 min</source>
        <translation>%1: läuft alle %2 min</translation>
    </message>
    <message>
        <source>%1: runs %2 %3-%4 %5</source>
        <extracomment>%1 strategy, %2 days as given to --days (mon,tue,...), %3-%4 start and stop time, %5 the time zone or &quot;local time&quot;.</extracomment>
        <translation>%1: läuft %2 %3-%4 %5</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>status: whether corrald runs (exit 0) or not (exit 1).
start:  starts corrald (any other command does that too).
stop:   stops corrald. Strategies keep running; the next corrald adopts them. Use &apos;corralctl stop --all&apos; first to stop them too.
env:    prints the environment every strategy starts from (KEY=VALUE, sorted), starting corrald if needed.</source>
        <translation>status: ob corrald läuft (Exit-Code 0) oder nicht (Exit-Code 1).
start:  startet corrald (das tut auch jeder andere Befehl).
stop:   stoppt corrald. Die Strategien laufen weiter; der nächste corrald übernimmt sie. Vorher &apos;corralctl stop --all&apos; verwenden, um auch sie zu stoppen.
env:    gibt die Umgebung aus, mit der jede Strategie beginnt (KEY=VALUE, sortiert), und startet corrald, falls nötig.</translation>
    </message>
    <message>
        <source>missing what to do: status, start, stop or env</source>
        <translation>es fehlt, was zu tun ist: status, start, stop oder env</translation>
    </message>
    <message>
        <source>unknown daemon command &apos;%1&apos; (use status, start, stop or env)</source>
        <translation>unbekannter daemon-Befehl &apos;%1&apos; (status, start, stop oder env verwenden)</translation>
    </message>
    <message>
        <source>corrald did not exit within %1 s</source>
        <translation>corrald hat sich nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>corrald stopped; strategies keep running (stop them with &apos;corralctl stop --all&apos;)</source>
        <translation>corrald gestoppt; die Strategien laufen weiter (stoppen mit &apos;corralctl stop --all&apos;)</translation>
    </message>
    <message>
        <source>Prints the end of a strategy&apos;s log (stdout and stderr together). Works without corrald. With -f, keeps printing what is appended, across log rotations, until Ctrl+C.</source>
        <translation>Gibt das Ende des Logs einer Strategie aus (stdout und stderr zusammen). Funktioniert ohne corrald. Mit -f wird weiter ausgegeben, was hinzukommt, auch über Log-Rotationen hinweg, bis Strg+C.</translation>
    </message>
    <message>
        <source>How many lines (default %1).</source>
        <translation>Wie viele Zeilen (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Keep printing new output.</source>
        <translation>Neue Ausgaben weiter ausgeben.</translation>
    </message>
    <message>
        <source>-n expects a whole number of lines, not &apos;%1&apos;</source>
        <translation>-n erwartet eine ganze Zahl von Zeilen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strategy name: %2</source>
        <translation>„%1“ ist kein Strategiename: %2</translation>
    </message>
    <message>
        <source>no strategy named &quot;%1&quot;</source>
        <translation>keine Strategie namens „%1“</translation>
    </message>
    <message>
        <source>--%1 expects a whole number of at least 0, not &apos;%2&apos;</source>
        <translation>--%1 erwartet eine ganze Zahl ab 0, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects a whole number of at least %3, not &apos;%2&apos;</source>
        <translation>--%1 erwartet eine ganze Zahl ab %3, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects KEY=VALUE, not &apos;%2&apos;</source>
        <translation>--%1 erwartet KEY=VALUE, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects a time of day as HH:MM, not &apos;%2&apos;</source>
        <translation>--%1 erwartet eine Uhrzeit als HH:MM, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Working directory (add: default the current one).</source>
        <translation>Arbeitsverzeichnis (add: standardmäßig das aktuelle).</translation>
    </message>
    <message>
        <source>Environment variable, repeatable. Given to edit, replaces the whole environment (--env &quot;&quot; empties it).</source>
        <translation>Umgebungsvariable, wiederholbar. Bei edit wird die ganze Umgebung ersetzt (--env &quot;&quot; leert sie).</translation>
    </message>
    <message>
        <source>Like --env, but the value is never shown (API keys).</source>
        <translation>Wie --env, aber der Wert wird nie angezeigt (API-Schlüssel).</translation>
    </message>
    <message>
        <source>A dotenv file (KEY=VALUE lines) read at each start, under --env (&quot;&quot; clears).</source>
        <translation>Eine dotenv-Datei (Zeilen KEY=VALUE), bei jedem Start gelesen, unter --env (&quot;&quot; entfernt sie).</translation>
    </message>
    <message>
        <source>Start from this shell&apos;s whole environment, captured now and stored in the config, rather than corrald&apos;s base environment alone.</source>
        <translation>Mit der ganzen Umgebung dieser Shell beginnen, jetzt erfasst und in der Konfiguration gespeichert, statt nur mit der Basisumgebung von corrald.</translation>
    </message>
    <message>
        <source>Drop an environment kept by --inherit-env.</source>
        <translation>Eine mit --inherit-env gespeicherte Umgebung verwerfen.</translation>
    </message>
    <message>
        <source>--inherit-env and --no-inherit-env exclude each other</source>
        <translation>--inherit-env und --no-inherit-env schließen einander aus</translation>
    </message>
    <message>
        <source>Restart policy: never, on-failure or always (default %1).</source>
        <extracomment>%1 is the default mode, one of the three words before it; keep the words English.</extracomment>
        <translation>Neustart-Regel: never, on-failure oder always (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Quick failures in a row before the state is &apos;failed&apos; (default %1).</source>
        <translation>Schnelle Fehlschläge in Folge, bevor der Zustand &apos;failed&apos; ist (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Seconds between the polite stop and the kill (default %1; fractions allowed).</source>
        <translation>Sekunden zwischen höflichem Stopp und Kill (Vorgabe %1; Bruchteile erlaubt).</translation>
    </message>
    <message>
        <source>Strategies started before this one, comma separated (&quot;&quot; clears).</source>
        <translation>Strategien, die vor dieser gestartet werden, durch Kommas getrennt (&quot;&quot; entfernt sie).</translation>
    </message>
    <message>
        <source>Higher starts earlier in &apos;start --all&apos; (default %1).</source>
        <translation>Höhere Werte starten bei &apos;start --all&apos; früher (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Memory limit in MiB (0: none).</source>
        <translation>Speicherlimit in MiB (0: keines).</translation>
    </message>
    <message>
        <source>Open file limit, soft and hard (0: soft 1024, hard corrald&apos;s).</source>
        <translation>Limit offener Dateien, weich und hart (0: weich 1024, hart das von corrald).</translation>
    </message>
    <message>
        <source>Cap of OpenMP/BLAS/NumExpr/Numba thread pools (0: untouched).</source>
        <translation>Obergrenze der Thread-Pools von OpenMP/BLAS/NumExpr/Numba (0: unverändert).</translation>
    </message>
    <message>
        <source>Rotate the log at this size in MiB (default %1).</source>
        <translation>Das Log ab dieser Größe in MiB rotieren (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Rotated logs kept (default %1).</source>
        <translation>Aufbewahrte rotierte Logs (Vorgabe %1).</translation>
    </message>
    <message>
        <source>--cwd expects a directory</source>
        <translation>--cwd erwartet ein Verzeichnis</translation>
    </message>
    <message>
        <source>--restart expects never, on-failure or always, not &apos;%1&apos;</source>
        <translation>--restart erwartet never, on-failure oder always, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--stop-timeout expects seconds (such as 5 or 0.5), not &apos;%1&apos;</source>
        <translation>--stop-timeout erwartet Sekunden (etwa 5 oder 0.5), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the program after &apos;--&apos; must not be empty</source>
        <translation>das Programm nach &apos;--&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>Days of the weekly window: mon,tue,... or ranges like mon-fri; also weekdays, weekend, daily.</source>
        <translation>Tage des wöchentlichen Zeitfensters: mon,tue,... oder Bereiche wie mon-fri; außerdem weekdays, weekend, daily.</translation>
    </message>
    <message>
        <source>Start time of the window.</source>
        <translation>Startzeit des Zeitfensters.</translation>
    </message>
    <message>
        <source>Stop time of the window (earlier than --start: crosses midnight).</source>
        <translation>Stoppzeit des Zeitfensters (früher als --start: über Mitternacht).</translation>
    </message>
    <message>
        <source>IANA time zone of the times (default: local).</source>
        <translation>IANA-Zeitzone der Uhrzeiten (Vorgabe: lokal).</translation>
    </message>
    <message>
        <source>Run a one-shot job every MIN minutes instead.</source>
        <translation>Stattdessen einen einmal laufenden Auftrag alle MIN Minuten ausführen.</translation>
    </message>
    <message>
        <source>Remove the schedule.</source>
        <translation>Den Zeitplan entfernen.</translation>
    </message>
    <message>
        <source>--days: unknown day &apos;%1&apos; (use mon, tue, wed, thu, fri, sat, sun, ranges such as mon-fri, or weekdays, weekend, daily)</source>
        <translation>--days: unbekannter Tag &apos;%1&apos; (mon, tue, wed, thu, fri, sat, sun, Bereiche wie mon-fri oder weekdays, weekend, daily verwenden)</translation>
    </message>
    <message>
        <source>--days expects at least one day, such as mon-fri</source>
        <translation>--days erwartet mindestens einen Tag, etwa mon-fri</translation>
    </message>
    <message>
        <source>give one of: --days/--start/--stop [--tz], --every MIN or --clear</source>
        <translation>eines davon angeben: --days/--start/--stop [--tz], --every MIN oder --clear</translation>
    </message>
    <message>
        <source>a weekly window needs --days, --start and --stop (--%1 is missing)</source>
        <translation>ein wöchentliches Zeitfenster braucht --days, --start und --stop (--%1 fehlt)</translation>
    </message>
    <message>
        <source>--start and --stop are both %1: the window would be empty</source>
        <translation>--start und --stop sind beide %1: das Zeitfenster wäre leer</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &apos;%1&apos; (use an IANA id such as Europe/Berlin)</source>
        <translation>--tz: unbekannte Zeitzone &apos;%1&apos; (eine IANA-Kennung wie Europe/Berlin verwenden)</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <extracomment>Part of the schedule row: a repeating job every %1 minutes.</extracomment>
        <translation>alle %1 min</translation>
    </message>
    <message numerus="yes">
        <source>except %n holiday dates</source>
        <translation>
            <numerusform>außer an %n Feiertag</numerusform>
            <numerusform>außer an %n Feiertagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <extracomment>Second line of a usage error; %1 is a command such as &quot;corralctl add --help&quot;.</extracomment>
        <translation>Siehe &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>state</source>
        <extracomment>Labels of `corralctl status NAME` (lower case in English), aligned in a column; keep them short. The values (running, stopped, on-failure, ...) stay English.</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>(%1 ago)</source>
        <translation>(vor %1)</translation>
    </message>
    <message>
        <source>since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>start at %1</source>
        <extracomment>Row &quot;next&quot; of `corralctl status`: the schedule starts the strategy at this date and time.</extracomment>
        <translation>Start um %1</translation>
    </message>
    <message>
        <source>stop at %1</source>
        <extracomment>Row &quot;next&quot; of `corralctl status`: the schedule stops the strategy at this date and time.</extracomment>
        <translation>Stopp um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a schedule action as corrald names it, %2 a date and time.</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>held</source>
        <extracomment>Row label: the strategy is held (kept stopped) despite its schedule.</extracomment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>stopped by hand inside its window; the schedule starts it again in the next window</source>
        <translation>innerhalb ihres Zeitfensters von Hand gestoppt; der Zeitplan startet sie im nächsten Zeitfenster wieder</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>cwd</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>(home directory)</source>
        <translation>(Home-Verzeichnis)</translation>
    </message>
    <message>
        <source>env</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>%1, at most %2 quick failures, stop timeout %3 s</source>
        <extracomment>%1 is the restart mode as --restart takes it (never, on-failure, always); keep it English.</extracomment>
        <translation>%1, höchstens %2 schnelle Fehlschläge, Stopp-Zeitlimit %3 s</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>memory %1 MiB</source>
        <translation>Speicher %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n open files</source>
        <translation>
            <numerusform>%n offene Datei</numerusform>
            <numerusform>%n offene Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>%1 (rotated at %2 MiB, %3 kept)</source>
        <translation>%1 (rotiert bei %2 MiB, %3 aufbewahrt)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>missing NAME</source>
        <translation>NAME fehlt</translation>
    </message>
    <message>
        <source>Usage: corralctl %1</source>
        <translation>Aufruf: corralctl %1</translation>
    </message>
    <message>
        <source>Register a strategy</source>
        <translation>Eine Strategie registrieren</translation>
    </message>
    <message>
        <source>Change a strategy</source>
        <translation>Eine Strategie ändern</translation>
    </message>
    <message>
        <source>Forget a strategy</source>
        <translation>Eine Strategie vergessen</translation>
    </message>
    <message>
        <source>Start strategies</source>
        <translation>Strategien starten</translation>
    </message>
    <message>
        <source>Stop strategies and all their processes</source>
        <translation>Strategien mit allen ihren Prozessen stoppen</translation>
    </message>
    <message>
        <source>Stop and start strategies</source>
        <translation>Strategien stoppen und wieder starten</translation>
    </message>
    <message>
        <source>Show every strategy</source>
        <translation>Alle Strategien anzeigen</translation>
    </message>
    <message>
        <source>Show one strategy</source>
        <translation>Eine Strategie anzeigen</translation>
    </message>
    <message>
        <source>Print or follow a strategy&apos;s log</source>
        <translation>Das Log einer Strategie ausgeben oder verfolgen</translation>
    </message>
    <message>
        <source>Set a schedule</source>
        <translation>Einen Zeitplan festlegen</translation>
    </message>
    <message>
        <source>Check, start or stop corrald, or show its base environment</source>
        <translation>corrald prüfen, starten oder stoppen oder seine Basisumgebung zeigen</translation>
    </message>
    <message>
        <source>Usage: corralctl COMMAND [ARGS...]</source>
        <translation>Aufruf: corralctl COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Runs long-lived programs (strategies) under corrald, detached from this terminal.</source>
        <translation>Führt lang laufende Programme (Strategien) unter corrald aus, losgelöst von diesem Terminal.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;corralctl COMMAND --help&apos; (or &apos;corralctl help COMMAND&apos;) for the options of one command.
CORRAL_HOME, when set, keeps config, state and logs under that directory.</source>
        <translation>&apos;corralctl COMMAND --help&apos; (oder &apos;corralctl help COMMAND&apos;) zeigt die Optionen eines Befehls.
Ist CORRAL_HOME gesetzt, liegen Konfiguration, Zustand und Logs in diesem Verzeichnis.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; the command comes first</source>
        <translation>unbekannte Option &apos;%1&apos;; der Befehl kommt zuerst</translation>
    </message>
    <message>
        <source>Set or preview a schedule</source>
        <translation>Einen Zeitplan festlegen oder vorab anzeigen</translation>
    </message>
    <message>
        <source>Sets when corrald starts and stops a strategy by itself: a weekly window, or every MIN minutes (from local midnight in the zone) for a one-shot job. Replaces the previous schedule at once. With --preview, lists the next events of the schedule corrald has, as corrald&apos;s own timer computes them.</source>
        <translation>Legt fest, wann corrald eine Strategie von selbst startet und stoppt: ein wöchentliches Zeitfenster oder alle MIN Minuten (ab Mitternacht Ortszeit der Zone) für einen einmaligen Auftrag. Ersetzt den bisherigen Zeitplan sofort. Mit --preview werden die nächsten Ereignisse des Zeitplans von corrald aufgelistet, so wie corralds eigener Timer sie berechnet.</translation>
    </message>
    <message>
        <source>List the next starts and stops instead of setting.</source>
        <translation>Die nächsten Starts und Stopps auflisten, statt festzulegen.</translation>
    </message>
    <message>
        <source>Preview from this instant (ISO 8601; without an offset, local time) instead of now.</source>
        <translation>Ab diesem Zeitpunkt statt ab jetzt anzeigen (ISO 8601; ohne Versatz Ortszeit).</translation>
    </message>
    <message>
        <source>How many events to preview (default %1).</source>
        <translation>Wie viele Ereignisse angezeigt werden (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Print the preview as a JSON array of {&quot;at&quot;, &quot;action&quot;}.</source>
        <translation>Die Vorschau als JSON-Array aus {&quot;at&quot;, &quot;action&quot;} ausgeben.</translation>
    </message>
    <message>
        <source>--%1 goes with --preview</source>
        <translation>--%1 gehört zu --preview</translation>
    </message>
    <message>
        <source>--preview shows the schedule corrald has: give it without --%1</source>
        <translation>--preview zeigt den Zeitplan, den corrald hat: ohne --%1 angeben</translation>
    </message>
    <message>
        <source>--from expects an ISO 8601 date and time such as 2026-12-01T09:00:00+05:30, not &apos;%1&apos;</source>
        <translation>--from erwartet Datum und Uhrzeit nach ISO 8601 wie 2026-12-01T09:00:00+05:30, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-n expects a whole number of events from 1 to %1, not &apos;%2&apos;</source>
        <translation>-n erwartet eine ganze Zahl von Ereignissen von 1 bis %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: runs every %2 min from midnight, %3</source>
        <extracomment>%1 strategy, %2 minutes, %3 the time zone or &quot;local time&quot;.</extracomment>
        <translation>%1: läuft alle %2 min ab Mitternacht, %3</translation>
    </message>
    <message>
        <source>%1: nothing scheduled</source>
        <translation>%1: nichts geplant</translation>
    </message>
    <message>
        <source>IANA time zone of the window, or whose midnight --every counts from (default: local).</source>
        <translation>IANA-Zeitzone des Zeitfensters oder deren Mitternacht --every zählt (Vorgabe: lokal).</translation>
    </message>
    <message>
        <source>give one of: --days/--start/--stop [--tz], --every MIN [--tz] or --clear</source>
        <translation>eines angeben: --days/--start/--stop [--tz], --every MIN [--tz] oder --clear</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &apos;%1&apos; (did you mean %2?)</source>
        <translation>--tz: unbekannte Zeitzone &apos;%1&apos; (meinten Sie %2?)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Corral window and tray icon.</source>
        <translation>Das Corral-Fenster und das Symbol im Infobereich.</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window (as at login).</source>
        <translation>Im Infobereich starten, ohne das Fenster zu zeigen (wie bei der Anmeldung).</translation>
    </message>
</context>
</TS>
