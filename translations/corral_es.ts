<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Show only strategies in this state</source>
        <translation>Mostrar solo las estrategias en este estado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Estrategia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones específicas de Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de la versión.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Falta un valor después de &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Weekly windows</source>
        <translation>Franjas semanales</translation>
    </message>
    <message>
        <source>The strategy is started when a window opens and stopped when it closes.</source>
        <translation>La estrategia se inicia cuando empieza una franja y se detiene cuando termina.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>&amp;Añadir franja</translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation>&amp;Quitar franja</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Type part of a city or region to search, e.g. &quot;York&quot; or &quot;Kolkata&quot;</source>
        <translation>Escriba parte del nombre de una ciudad o región, p. ej. «York» o «Kolkata»</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>No window opens on these dates. One date per line, as YYYY-MM-DD.</source>
        <translation>En estas fechas no empieza ninguna franja. Una fecha por línea, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Repeating job</source>
        <translation>Tarea periódica</translation>
    </message>
    <message>
        <source>Start &amp;every</source>
        <translation>Iniciar &amp;cada</translation>
    </message>
    <message>
        <source>For jobs that run and exit, such as a backfill. Leave off when the strategy uses windows.</source>
        <translation>Para tareas que se ejecutan y terminan, como un backfill. Déjelo desactivado si la estrategia usa franjas.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
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
        <translation>detenida</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciándose</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>deteniéndose</translation>
    </message>
    <message>
        <source>backoff</source>
        <extracomment>Waiting to restart after a crash (the status bar counts these as &quot;restarting&quot;).</extracomment>
        <translation>reiniciándose</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Gave up after failing too often in a row.</extracomment>
        <translation>fallida</translation>
    </message>
</context>
<context>
    <name>StrategyEditor</name>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Executable or script, e.g. /opt/bots/ticker.py</source>
        <translation>Ejecutable o script, p. ej. /opt/bots/ticker.py</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumentos:</translation>
    </message>
    <message>
        <source>Separated by spaces; put an argument that contains spaces in double quotes</source>
        <translation>Separados por espacios; ponga entre comillas dobles un argumento que contenga espacios</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>Directorio de &amp;trabajo:</translation>
    </message>
    <message>
        <source>Your home directory</source>
        <translation>Su directorio personal</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Variables set for the program, e.g. PYTHONUNBUFFERED=1 or an API host. Mark keys and passwords as secret: they are masked here and never written to logs.</source>
        <translation>Variables para el programa, p. ej. PYTHONUNBUFFERED=1 o un host de API. Marque las claves y contraseñas como secretas: aquí se ocultan y nunca se escriben en los registros.</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Añadir variable</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>&amp;Quitar variable</translation>
    </message>
    <message>
        <source>Restart &amp;&amp; limits</source>
        <translation>Reinicio y límites</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>&amp;Reinicio:</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>A&amp;bandonar tras:</translation>
    </message>
    <message>
        <source>Consecutive failures within a minute of starting before the strategy is marked failed</source>
        <translation>Fallos consecutivos en el primer minuto tras el inicio antes de marcar la estrategia como fallida</translation>
    </message>
    <message>
        <source> quick failures</source>
        <translation> fallos rápidos</translation>
    </message>
    <message>
        <source>&amp;Stop timeout:</source>
        <translation>Tiempo de &amp;parada:</translation>
    </message>
    <message>
        <source>How long the program may take to exit after being asked to stop, before it is killed</source>
        <translation>Cuánto puede tardar el programa en terminar tras pedirle que se detenga, antes de forzar su cierre</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memoria:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Open files:</source>
        <translation>Archivos &amp;abiertos:</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Heredado</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>Caps the thread pools of OpenMP, OpenBLAS, MKL, NumExpr and Numba</source>
        <translation>Limita los grupos de hilos de OpenMP, OpenBLAS, MKL, NumExpr y Numba</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Rotate &amp;at:</source>
        <translation>R&amp;otar al llegar a:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <source> old files</source>
        <translation> archivos antiguos</translation>
    </message>
    <message>
        <source>Start order</source>
        <translation>Orden de inicio</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>Higher starts earlier in Start all</source>
        <translation>Un valor mayor inicia antes en «Iniciar todo»</translation>
    </message>
    <message>
        <source>Starts after the strategies checked here and stops before them:</source>
        <translation>Se inicia después de las estrategias marcadas aquí y se detiene antes que ellas:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>No program to start at login.</source>
        <translation>No hay ningún programa que iniciar al iniciar sesión.</translation>
    </message>
    <message>
        <source>The path %1 contains a line break.</source>
        <translation>La ruta %1 contiene un salto de línea.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system.</source>
        <translation>Este sistema no admite el inicio al iniciar sesión.</translation>
    </message>
    <message>
        <source>Could not change %1.</source>
        <translation>No se pudo cambiar %1.</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>corral::gui::DaemonConnection</name>
    <message>
        <source>corrald gave no reason</source>
        <translation>corrald no indicó el motivo</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>the connection to corrald was lost</source>
        <translation>se perdió la conexión con corrald</translation>
    </message>
    <message>
        <source>corrald went away</source>
        <translation>corrald ya no está en ejecución</translation>
    </message>
    <message>
        <source>the request is too large</source>
        <translation>la solicitud es demasiado grande</translation>
    </message>
    <message>
        <source>not connected to corrald</source>
        <translation>sin conexión con corrald</translation>
    </message>
    <message>
        <source>unreadable strategy</source>
        <translation>estrategia ilegible</translation>
    </message>
</context>
<context>
    <name>corral::gui::EmptyState</name>
    <message>
        <source>No strategies yet</source>
        <translation>Aún no hay estrategias</translation>
    </message>
    <message>
        <source>Corral keeps your bots, strategies and scripts running on their own: detached from this window, one copy at a time, restarted when they crash, and stopped together with every process they started.&lt;br&gt;&lt;br&gt;Add a program, drop a script file here, or try the two examples: a ticker that prints prices until it is stopped and a backfill job that runs once. Neither needs the network.</source>
        <translation>Corral mantiene sus bots, estrategias y scripts en ejecución por su cuenta: independientes de esta ventana, una sola copia a la vez, reiniciados cuando fallan y detenidos junto con todos los procesos que iniciaron.&lt;br&gt;&lt;br&gt;Añada un programa, suelte aquí un archivo de script o pruebe los dos ejemplos: un ticker que muestra precios hasta que se detiene y una tarea de backfill que se ejecuta una vez. Ninguno necesita la red.</translation>
    </message>
    <message>
        <source>Add the Example Strategies</source>
        <translation>Añadir las estrategias de ejemplo</translation>
    </message>
    <message>
        <source>Add a Strategy…</source>
        <translation>Añadir una estrategia…</translation>
    </message>
</context>
<context>
    <name>corral::gui::EnvTableModel</name>
    <message>
        <source>A secret value is masked here and never written to logs</source>
        <translation>Un valor secreto se oculta aquí y nunca se escribe en los registros</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
</context>
<context>
    <name>corral::gui::LogViewer</name>
    <message>
        <source>The live log or one of its rotated backups (.1 is the newest)</source>
        <translation>El registro actual o una de sus copias rotadas (.1 es la más reciente)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous match</source>
        <translation>Intro: siguiente coincidencia, Mayús+Intro: coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Ajustar las líneas largas</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Show lines as they are written</source>
        <translation>Mostrar las líneas a medida que se escriben</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text, or all text shown</source>
        <translation>Copiar el texto seleccionado o, si no hay, todo el texto mostrado</translation>
    </message>
    <message>
        <source>Nothing logged yet: %1</source>
        <translation>Aún no hay nada registrado: %1</translation>
    </message>
    <message>
        <source>[… %1 skipped: written faster than they can be shown …]</source>
        <translation>[… %1 omitidos: se escriben más rápido de lo que se pueden mostrar …]</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>corral::gui::MainWindow</name>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>Mostrar &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About Corral</source>
        <translation>&amp;Acerca de Corral</translation>
    </message>
    <message>
        <source>About Corral</source>
        <translation>Acerca de Corral</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corral %1&lt;/h3&gt;&lt;p&gt;Keeps long-running programs alone, detached and under control.&lt;/p&gt;&lt;p&gt;corrald %2 supervises the strategies; this window and &lt;code&gt;corralctl&lt;/code&gt; are its clients.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corral %1&lt;/h3&gt;&lt;p&gt;Mantiene los programas de larga duración aislados, independientes y bajo control.&lt;/p&gt;&lt;p&gt;corrald %2 supervisa las estrategias; esta ventana y &lt;code&gt;corralctl&lt;/code&gt; son sus clientes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(sin conexión)</translation>
    </message>
    <message>
        <source>corrald: %1</source>
        <translation>corrald: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Connected to corrald (pid %1)</source>
        <translation>Conectado a corrald (PID %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en ejecución</numerusform>
            <numerusform>%n en ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restarting</source>
        <translation>
            <numerusform>%n reiniciándose</numerusform>
            <numerusform>%n reiniciándose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strategies</source>
        <translation>
            <numerusform>%n estrategia</numerusform>
            <numerusform>%n estrategias</numerusform>
        </translation>
    </message>
    <message>
        <source>corrald not running — starting it…</source>
        <translation>corrald no está en ejecución: iniciándolo…</translation>
    </message>
    <message>
        <source>Not connected to corrald — retrying…</source>
        <translation>Sin conexión con corrald: reintentando…</translation>
    </message>
    <message>
        <source>Not connected to corrald — retrying… (%1)</source>
        <translation>Sin conexión con corrald: reintentando… (%1)</translation>
    </message>
    <message>
        <source>Connecting to corrald…</source>
        <translation>Conectando con corrald…</translation>
    </message>
    <message>
        <source>corrald is not running.
%1
Retrying…</source>
        <translation>corrald no está en ejecución.
%1
Reintentando…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:gray&apos;&gt;Select a strategy to see its log&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Seleccione una estrategia para ver su registro&lt;/span&gt;</translation>
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
        <translation> · desde %1</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Corral is still in the tray</source>
        <translation>Corral sigue en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Your strategies keep running. Open Corral from this icon; Quit there closes it for good.</source>
        <translation>Sus estrategias siguen en ejecución. Abra Corral desde este icono; «Salir» allí lo cierra del todo.</translation>
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
        <translation>No se pudo iniciar %1</translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation>No se pudo detener %1</translation>
    </message>
    <message>
        <source>Could not restart %1</source>
        <translation>No se pudo reiniciar %1</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Iniciando %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Deteniendo %1…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Reiniciando %1…</translation>
    </message>
    <message>
        <source>Starting every strategy…</source>
        <translation>Iniciando todas las estrategias…</translation>
    </message>
    <message>
        <source>Could not start every strategy</source>
        <translation>No se pudieron iniciar todas las estrategias</translation>
    </message>
    <message>
        <source>Stop All Strategies</source>
        <translation>Detener todas las estrategias</translation>
    </message>
    <message numerus="yes">
        <source>Stop every strategy (%n active)?</source>
        <translation>
            <numerusform>¿Detener todas las estrategias (%n activa)?</numerusform>
            <numerusform>¿Detener todas las estrategias (%n activas)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each strategy and every process it started is stopped, dependents first. Scheduled strategies start again when their next window opens.</source>
        <translation>Se detiene cada estrategia con todos los procesos que inició, primero las dependientes. Las estrategias programadas vuelven a iniciarse cuando empieza su siguiente franja.</translation>
    </message>
    <message>
        <source>Stop All</source>
        <translation>Detener todo</translation>
    </message>
    <message>
        <source>Stopping every strategy…</source>
        <translation>Deteniendo todas las estrategias…</translation>
    </message>
    <message>
        <source>Every strategy is stopped</source>
        <translation>Todas las estrategias están detenidas</translation>
    </message>
    <message>
        <source>Could not stop every strategy</source>
        <translation>No se pudieron detener todas las estrategias</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n strategies?</source>
        <translation>
            <numerusform>¿Eliminar %n estrategia?</numerusform>
            <numerusform>¿Eliminar %n estrategias?</numerusform>
        </translation>
    </message>
    <message>
        <source>Corral forgets them; their log files stay on disk.</source>
        <translation>Corral las olvida; sus archivos de registro se quedan en el disco.</translation>
    </message>
    <message>
        <source>%1 will be stopped first. </source>
        <translation>Antes se detendrá %1. </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>Could not stop before removing</source>
        <translation>No se pudo detener antes de eliminar</translation>
    </message>
    <message>
        <source>Could not read the strategies from corrald</source>
        <translation>No se pudieron leer las estrategias de corrald</translation>
    </message>
    <message>
        <source>Add Strategy</source>
        <translation>Añadir estrategia</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 añadida</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardada</translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation>No se pudo añadir %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>No se pudo guardar %1</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>No se pudo leer %1</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <extracomment>Name proposed for a duplicated strategy. It becomes a file name: no /  : * ? &quot; &lt; &gt; |.</extracomment>
        <translation>%1-copia</translation>
    </message>
    <message>
        <source>%1-copy%2</source>
        <translation>%1-copia%2</translation>
    </message>
    <message>
        <source>Could not add the example %1</source>
        <translation>No se pudo añadir el ejemplo %1</translation>
    </message>
    <message>
        <source>The logs are in %1</source>
        <translation>Los registros están en %1</translation>
    </message>
</context>
<context>
    <name>corral::gui::NotificationDispatcher</name>
    <message>
        <source>It stopped unexpectedly.</source>
        <translation>Se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>%1 crashed and is restarting</source>
        <translation>%1 falló y se está reiniciando</translation>
    </message>
    <message>
        <source>It failed too often in a row.</source>
        <translation>Falló demasiadas veces seguidas.</translation>
    </message>
    <message>
        <source>%1 gave up</source>
        <translation>%1 ha abandonado</translation>
    </message>
    <message>
        <source>%1
Start it again from Corral once the cause is fixed.</source>
        <translation>%1
Vuelva a iniciarla desde Corral cuando haya corregido la causa.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
</context>
<context>
    <name>corral::gui::ScheduleEditor</name>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>No days</source>
        <translation>Ningún día</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <translation>%1 (día siguiente)</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Franja %1: %2</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: %2</source>
        <translation>Festivo «%1»: %2</translation>
    </message>
    <message>
        <source>Next events</source>
        <translation>Próximos eventos</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>One upcoming event of the schedule: the time with its zone&apos;s offset, then &quot;start&quot; or &quot;stop&quot;.</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>Nada planificado</translation>
    </message>
</context>
<context>
    <name>corral::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>A strategy crashed and is restarting</source>
        <translation>Una estrategia falla y se reinicia</translation>
    </message>
    <message>
        <source>A strategy gave up after failing too often</source>
        <translation>Una estrategia abandona tras fallar demasiadas veces</translation>
    </message>
    <message>
        <source>Its schedule started a strategy</source>
        <translation>La programación inicia una estrategia</translation>
    </message>
    <message>
        <source>Its schedule stopped a strategy</source>
        <translation>La programación detiene una estrategia</translation>
    </message>
    <message>
        <source>Closing the window keeps Corral in the system tray</source>
        <translation>Al cerrar la ventana, Corral sigue en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Start Corral at login</source>
        <translation>Iniciar Corral al iniciar sesión</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Avisarme cuando</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Corral.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Corral.</translation>
    </message>
</context>
<context>
    <name>corral::gui::StrategyActions</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add a strategy</source>
        <translation>Añadir una estrategia</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected strategy (or press Return on it)</source>
        <translation>Editar la estrategia seleccionada (o pulsar Intro sobre ella)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>Add a copy of the selected strategy</source>
        <translation>Añadir una copia de la estrategia seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Remove the selected strategies (their logs stay)</source>
        <translation>Eliminar las estrategias seleccionadas (sus registros se conservan)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the selected strategies</source>
        <translation>Iniciar las estrategias seleccionadas</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the selected strategies and all their processes</source>
        <translation>Detener las estrategias seleccionadas y todos sus procesos</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Restart the selected strategies</source>
        <translation>Reiniciar las estrategias seleccionadas</translation>
    </message>
    <message>
        <source>Start A&amp;ll</source>
        <translation>Iniciar &amp;todo</translation>
    </message>
    <message>
        <source>Start every strategy, by priority and dependencies</source>
        <translation>Iniciar todas las estrategias, por prioridad y dependencias</translation>
    </message>
    <message>
        <source>Stop &amp;All…</source>
        <translation>Detener t&amp;odo…</translation>
    </message>
    <message>
        <source>The kill switch: stop every strategy, dependents first</source>
        <translation>El interruptor de emergencia: detener todas las estrategias, primero las dependientes</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Open the folder that holds every strategy&apos;s log</source>
        <translation>Abrir la carpeta con los registros de todas las estrategias</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Ask corrald for every strategy again</source>
        <translation>Volver a pedir todas las estrategias a corrald</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Cerrar &amp;ventana</translation>
    </message>
    <message>
        <source>Close the window; strategies keep running</source>
        <translation>Cerrar la ventana; las estrategias siguen en ejecución</translation>
    </message>
    <message>
        <source>&amp;Quit Corral</source>
        <translation>&amp;Salir de Corral</translation>
    </message>
    <message>
        <source>Quit the window and the tray icon; strategies keep running</source>
        <translation>Cerrar la ventana y el icono de la bandeja; las estrategias siguen en ejecución</translation>
    </message>
    <message>
        <source>Notifications, window behaviour and language</source>
        <translation>Notificaciones, comportamiento de la ventana e idioma</translation>
    </message>
</context>
<context>
    <name>corral::gui::StrategyEditor</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Si falla</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Leave the program stopped when it exits</source>
        <translation>Dejar el programa detenido cuando termine</translation>
    </message>
    <message>
        <source>Restart when it exits with an error or is killed</source>
        <translation>Reiniciar si termina con un error o se fuerza su cierre</translation>
    </message>
    <message>
        <source>Restart whenever it exits</source>
        <translation>Reiniciar siempre que termine</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (sin configurar)</translation>
    </message>
    <message>
        <source>another strategy is already called &quot;%1&quot;</source>
        <translation>ya hay otra estrategia llamada «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; depends on &quot;%2&quot;; renaming it would leave &quot;%1&quot; without it</source>
        <translation>«%1» depende de «%2»; al cambiarle el nombre, «%1» se quedaría sin ella</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is set on more than one row</source>
        <translation>%1 aparece en más de una fila</translation>
    </message>
    <message numerus="yes">
        <source>Problems to fix before saving: %n</source>
        <translation>
            <numerusform>Problemas que corregir antes de guardar: %n</numerusform>
            <numerusform>Problemas que corregir antes de guardar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the program</source>
        <translation>Elegir el programa</translation>
    </message>
    <message>
        <source>Choose the working directory</source>
        <translation>Elegir el directorio de trabajo</translation>
    </message>
    <message>
        <source>Runs with %1, the virtualenv beside the script.</source>
        <translation>Se ejecuta con %1, el virtualenv junto al script.</translation>
    </message>
    <message>
        <source>Runs with %1 from PATH: no virtualenv found beside the script.</source>
        <translation>Se ejecuta con %1 del PATH: no hay ningún virtualenv junto al script.</translation>
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
        <translation>Ya estaba en ejecución cuando se inició corrald; su código de salida será desconocido</translation>
    </message>
    <message>
        <source>Stopped by hand inside its window: not restarted until the next window</source>
        <translation>Detenida a mano dentro de su franja: no se reinicia hasta la siguiente franja</translation>
    </message>
    <message>
        <source>%1 (adopted)</source>
        <translation>%1 (adoptada)</translation>
    </message>
    <message>
        <source>held</source>
        <extracomment>Next column: stopped by hand inside its schedule window, so the schedule does not start it now.</extracomment>
        <translation>retenida</translation>
    </message>
    <message>
        <source>stop</source>
        <extracomment>Next column: what the schedule does next (&quot;start&quot; or &quot;stop&quot;), followed by when.</extracomment>
        <translation>detener</translation>
    </message>
    <message>
        <source>start</source>
        <translation>iniciar</translation>
    </message>
    <message>
        <source>%1 %2 (held)</source>
        <extracomment>%1 is &quot;start&quot; or &quot;stop&quot; (translated above), %2 a time or a date and time.</extracomment>
        <translation>%1 %2 (retenida)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Consecutive restarts in the current failure streak</source>
        <translation>Reinicios consecutivos en la racha de fallos actual</translation>
    </message>
    <message>
        <source>The whole process tree of the strategy</source>
        <translation>Todo el árbol de procesos de la estrategia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Reinicios</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima acción</translation>
    </message>
</context>
<context>
    <name>corral::gui::TrayIcon</name>
    <message>
        <source>Open Corral</source>
        <translation>Abrir Corral</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <source>Stop All Strategies…</source>
        <translation>Detener todas las estrategias…</translation>
    </message>
    <message>
        <source>Quit Corral (strategies keep running)</source>
        <translation>Salir de Corral (las estrategias siguen en ejecución)</translation>
    </message>
    <message>
        <source>Closes the window and the tray icon; corrald and every strategy keep running</source>
        <translation>Cierra la ventana y el icono de la bandeja; corrald y todas las estrategias siguen en ejecución</translation>
    </message>
    <message>
        <source>Corral — not connected to corrald</source>
        <translation>Corral: sin conexión con corrald</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en ejecución</numerusform>
            <numerusform>%n en ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restarting</source>
        <translation>
            <numerusform>%n reiniciándose</numerusform>
            <numerusform>%n reiniciándose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n en total</numerusform>
            <numerusform>%n en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Corral — %1</source>
        <translation>Corral: %1</translation>
    </message>
    <message>
        <source>No strategies</source>
        <translation>No hay estrategias</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>corralctl</name>
    <message>
        <source>corrald refused the request</source>
        <translation>corrald rechazó la solicitud</translation>
    </message>
    <message>
        <source>bad status from corrald: %1</source>
        <translation>estado no válido de corrald: %1</translation>
    </message>
    <message>
        <source>Environment values given with --secret-env are stored like --env but never shown by &apos;status&apos;.</source>
        <translation>Los valores dados con --secret-env se guardan como los de --env, pero &apos;status&apos; nunca los muestra.</translation>
    </message>
    <message>
        <source>Every strategy, in priority and dependency order (stop: the reverse).</source>
        <translation>Todas las estrategias, por orden de prioridad y dependencias (stop: al revés).</translation>
    </message>
    <message>
        <source>give names or --all, not both</source>
        <translation>indique nombres o --all, no ambos</translation>
    </message>
    <message>
        <source>missing NAME (or --all)</source>
        <translation>falta NAME (o --all)</translation>
    </message>
    <message>
        <source>a NAME must not be empty</source>
        <translation>un NAME no puede estar vacío</translation>
    </message>
    <message>
        <source>No strategies.</source>
        <translation>No hay estrategias.</translation>
    </message>
    <message>
        <source>Registers a strategy: PROGRAM with ARGS, run in its own session with its output in its log.
It does not start it: use &apos;corralctl start NAME&apos;.
PROGRAM is looked up in your PATH now, and relative paths (--cwd, ./bot.py) mean the current directory, which is also the default working directory.</source>
        <translation>Registra una estrategia: PROGRAM con ARGS, ejecutado en su propia sesión y con su salida en su registro.
No la inicia: para eso, &apos;corralctl start NAME&apos;.
PROGRAM se busca ahora en su PATH, y las rutas relativas (--cwd, ./bot.py) se refieren al directorio actual, que también es el directorio de trabajo predeterminado.</translation>
    </message>
    <message>
        <source>missing &apos;-- PROGRAM [ARGS...]&apos;: the program to run</source>
        <translation>falta &apos;-- PROGRAM [ARGS...]&apos;: el programa que se ejecutará</translation>
    </message>
    <message>
        <source>%1: added (start it with &apos;corralctl start %1&apos;)</source>
        <translation>%1: añadida (iníciela con &apos;corralctl start %1&apos;)</translation>
    </message>
    <message>
        <source>Changes only what is given: &apos;-- PROGRAM ARGS&apos; replaces the command, --env/--secret-env replace the whole environment, --depends &quot;&quot; clears the dependencies.</source>
        <translation>Cambia solo lo indicado: &apos;-- PROGRAM ARGS&apos; sustituye la orden, --env/--secret-env sustituyen todo el entorno, --depends &quot;&quot; borra las dependencias.</translation>
    </message>
    <message>
        <source>Give the strategy a new name.</source>
        <translation>Dar un nombre nuevo a la estrategia.</translation>
    </message>
    <message>
        <source>missing PROGRAM after &apos;--&apos;</source>
        <translation>falta PROGRAM después de &apos;--&apos;</translation>
    </message>
    <message>
        <source>nothing to change: give an option or &apos;-- PROGRAM [ARGS...]&apos;</source>
        <translation>nada que cambiar: indique una opción o &apos;-- PROGRAM [ARGS...]&apos;</translation>
    </message>
    <message>
        <source>cannot read the config of %1 from corrald: %2</source>
        <translation>no se puede leer la configuración de %1 desde corrald: %2</translation>
    </message>
    <message>
        <source>%1: renamed to %2</source>
        <translation>%1: renombrada a %2</translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1: actualizada</translation>
    </message>
    <message>
        <source>Removes a strategy from the config. Its log files are kept.</source>
        <translation>Elimina una estrategia de la configuración. Sus archivos de registro se conservan.</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: eliminada</translation>
    </message>
    <message>
        <source>Starts strategies. One that is already running is left alone (its instance lock makes a second copy impossible).</source>
        <translation>Inicia estrategias. Una que ya está en ejecución no se toca (su bloqueo de instancia impide una segunda copia).</translation>
    </message>
    <message>
        <source>Stops strategies with all their child processes: a polite signal, then a kill after the stop timeout. A stopped strategy is not restarted.</source>
        <translation>Detiene estrategias con todos sus procesos hijos: primero una señal educada y, tras el tiempo de parada, un kill. Una estrategia detenida no se reinicia.</translation>
    </message>
    <message>
        <source>Stops and starts strategies again (a stopped one is just started).</source>
        <translation>Detiene e inicia de nuevo estrategias (una detenida solo se inicia).</translation>
    </message>
    <message>
        <source>Shows every strategy and its state.</source>
        <translation>Muestra todas las estrategias y su estado.</translation>
    </message>
    <message>
        <source>Print a JSON array of status objects.</source>
        <translation>Imprimir un array JSON de objetos de estado.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No strategies. Add one with: corralctl add NAME -- PROGRAM [ARGS...]</source>
        <translation>No hay estrategias. Añada una con: corralctl add NAME -- PROGRAM [ARGS...]</translation>
    </message>
    <message>
        <source>Shows the state and the settings of one strategy.</source>
        <translation>Muestra el estado y la configuración de una estrategia.</translation>
    </message>
    <message>
        <source>Print the status object as JSON.</source>
        <translation>Imprimir el objeto de estado como JSON.</translation>
    </message>
    <message>
        <source>Sets when corrald starts and stops a strategy by itself: a weekly window, or every MIN minutes for a one-shot job. Replaces the previous schedule.</source>
        <translation>Establece cuándo corrald inicia y detiene una estrategia por sí mismo: una franja semanal o, para una tarea que se ejecuta una vez, cada MIN minutos. Sustituye la programación anterior.</translation>
    </message>
    <message>
        <source>%1: schedule cleared</source>
        <translation>%1: programación eliminada</translation>
    </message>
    <message>
        <source>%1: runs every %2 min</source>
        <translation>%1: se ejecuta cada %2 min</translation>
    </message>
    <message>
        <source>%1: runs %2 %3-%4 %5</source>
        <extracomment>%1 strategy, %2 days as given to --days (mon,tue,...), %3-%4 start and stop time, %5 the time zone or &quot;local time&quot;.</extracomment>
        <translation>%1: se ejecuta %2 %3-%4 %5</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>hora local</translation>
    </message>
    <message>
        <source>status: whether corrald runs (exit 0) or not (exit 1).
start:  starts corrald (any other command does that too).
stop:   stops corrald. Strategies keep running; the next corrald adopts them. Use &apos;corralctl stop --all&apos; first to stop them too.
env:    prints the environment every strategy starts from (KEY=VALUE, sorted), starting corrald if needed.</source>
        <translation>status: si corrald está en ejecución (salida 0) o no (salida 1).
start:  inicia corrald (cualquier otra orden también lo hace).
stop:   detiene corrald. Las estrategias siguen en ejecución; el siguiente corrald las adopta. Use antes &apos;corralctl stop --all&apos; para detenerlas también.
env:    muestra el entorno con el que empieza cada estrategia (KEY=VALUE, ordenado), iniciando corrald si hace falta.</translation>
    </message>
    <message>
        <source>missing what to do: status, start, stop or env</source>
        <translation>falta qué hacer: status, start, stop o env</translation>
    </message>
    <message>
        <source>unknown daemon command &apos;%1&apos; (use status, start, stop or env)</source>
        <translation>orden de daemon desconocida &apos;%1&apos; (use status, start, stop o env)</translation>
    </message>
    <message>
        <source>corrald did not exit within %1 s</source>
        <translation>corrald no terminó en %1 s</translation>
    </message>
    <message>
        <source>corrald stopped; strategies keep running (stop them with &apos;corralctl stop --all&apos;)</source>
        <translation>corrald detenido; las estrategias siguen en ejecución (deténgalas con &apos;corralctl stop --all&apos;)</translation>
    </message>
    <message>
        <source>Prints the end of a strategy&apos;s log (stdout and stderr together). Works without corrald. With -f, keeps printing what is appended, across log rotations, until Ctrl+C.</source>
        <translation>Imprime el final del registro de una estrategia (stdout y stderr juntos). Funciona sin corrald. Con -f, sigue imprimiendo lo que se añade, también tras las rotaciones del registro, hasta Ctrl+C.</translation>
    </message>
    <message>
        <source>How many lines (default %1).</source>
        <translation>Cuántas líneas (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Keep printing new output.</source>
        <translation>Seguir imprimiendo la salida nueva.</translation>
    </message>
    <message>
        <source>-n expects a whole number of lines, not &apos;%1&apos;</source>
        <translation>-n espera un número entero de líneas, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strategy name: %2</source>
        <translation>&quot;%1&quot; no es un nombre de estrategia: %2</translation>
    </message>
    <message>
        <source>no strategy named &quot;%1&quot;</source>
        <translation>no hay ninguna estrategia llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 expects a whole number of at least 0, not &apos;%2&apos;</source>
        <translation>--%1 espera un número entero de al menos 0, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects a whole number of at least %3, not &apos;%2&apos;</source>
        <translation>--%1 espera un número entero de al menos %3, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects KEY=VALUE, not &apos;%2&apos;</source>
        <translation>--%1 espera KEY=VALUE, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects a time of day as HH:MM, not &apos;%2&apos;</source>
        <translation>--%1 espera una hora como HH:MM, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Working directory (add: default the current one).</source>
        <translation>Directorio de trabajo (add: por defecto, el actual).</translation>
    </message>
    <message>
        <source>Environment variable, repeatable. Given to edit, replaces the whole environment (--env &quot;&quot; empties it).</source>
        <translation>Variable de entorno; se puede repetir. Con edit, sustituye todo el entorno (--env &quot;&quot; lo vacía).</translation>
    </message>
    <message>
        <source>Like --env, but the value is never shown (API keys).</source>
        <translation>Como --env, pero el valor nunca se muestra (claves de API).</translation>
    </message>
    <message>
        <source>A dotenv file (KEY=VALUE lines) read at each start, under --env (&quot;&quot; clears).</source>
        <translation>Un archivo dotenv (líneas KEY=VALUE) que se lee en cada inicio, por debajo de --env (&quot;&quot; lo quita).</translation>
    </message>
    <message>
        <source>Start from this shell&apos;s whole environment, captured now and stored in the config, rather than corrald&apos;s base environment alone.</source>
        <translation>Partir de todo el entorno de este shell, capturado ahora y guardado en la configuración, en lugar de solo el entorno base de corrald.</translation>
    </message>
    <message>
        <source>Drop an environment kept by --inherit-env.</source>
        <translation>Descartar un entorno guardado con --inherit-env.</translation>
    </message>
    <message>
        <source>--inherit-env and --no-inherit-env exclude each other</source>
        <translation>--inherit-env y --no-inherit-env se excluyen mutuamente</translation>
    </message>
    <message>
        <source>Restart policy: never, on-failure or always (default %1).</source>
        <extracomment>%1 is the default mode, one of the three words before it; keep the words English.</extracomment>
        <translation>Política de reinicio: never, on-failure o always (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Quick failures in a row before the state is &apos;failed&apos; (default %1).</source>
        <translation>Fallos rápidos seguidos antes de que el estado sea &apos;failed&apos; (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Seconds between the polite stop and the kill (default %1; fractions allowed).</source>
        <translation>Segundos entre la parada educada y el kill (predeterminado: %1; se admiten decimales).</translation>
    </message>
    <message>
        <source>Strategies started before this one, comma separated (&quot;&quot; clears).</source>
        <translation>Estrategias que se inician antes que esta, separadas por comas (&quot;&quot; las borra).</translation>
    </message>
    <message>
        <source>Higher starts earlier in &apos;start --all&apos; (default %1).</source>
        <translation>Un valor mayor inicia antes en &apos;start --all&apos; (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Memory limit in MiB (0: none).</source>
        <translation>Límite de memoria en MiB (0: ninguno).</translation>
    </message>
    <message>
        <source>Open file limit, soft and hard (0: soft 1024, hard corrald&apos;s).</source>
        <translation>Límite de archivos abiertos, blando y duro (0: blando 1024, duro el de corrald).</translation>
    </message>
    <message>
        <source>Cap of OpenMP/BLAS/NumExpr/Numba thread pools (0: untouched).</source>
        <translation>Límite de los grupos de hilos de OpenMP/BLAS/NumExpr/Numba (0: sin cambios).</translation>
    </message>
    <message>
        <source>Rotate the log at this size in MiB (default %1).</source>
        <translation>Rotar el registro al llegar a este tamaño en MiB (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Rotated logs kept (default %1).</source>
        <translation>Registros rotados que se conservan (predeterminado: %1).</translation>
    </message>
    <message>
        <source>--cwd expects a directory</source>
        <translation>--cwd espera un directorio</translation>
    </message>
    <message>
        <source>--restart expects never, on-failure or always, not &apos;%1&apos;</source>
        <translation>--restart espera never, on-failure o always, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--stop-timeout expects seconds (such as 5 or 0.5), not &apos;%1&apos;</source>
        <translation>--stop-timeout espera segundos (como 5 o 0.5), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the program after &apos;--&apos; must not be empty</source>
        <translation>el programa después de &apos;--&apos; no puede estar vacío</translation>
    </message>
    <message>
        <source>Days of the weekly window: mon,tue,... or ranges like mon-fri; also weekdays, weekend, daily.</source>
        <translation>Días de la franja semanal: mon,tue,... o rangos como mon-fri; también weekdays, weekend, daily.</translation>
    </message>
    <message>
        <source>Start time of the window.</source>
        <translation>Hora de inicio de la franja.</translation>
    </message>
    <message>
        <source>Stop time of the window (earlier than --start: crosses midnight).</source>
        <translation>Hora de fin de la franja (anterior a --start: pasa de medianoche).</translation>
    </message>
    <message>
        <source>IANA time zone of the times (default: local).</source>
        <translation>Zona horaria IANA de las horas (predeterminada: la local).</translation>
    </message>
    <message>
        <source>Run a one-shot job every MIN minutes instead.</source>
        <translation>En su lugar, ejecutar una tarea puntual cada MIN minutos.</translation>
    </message>
    <message>
        <source>Remove the schedule.</source>
        <translation>Eliminar la programación.</translation>
    </message>
    <message>
        <source>--days: unknown day &apos;%1&apos; (use mon, tue, wed, thu, fri, sat, sun, ranges such as mon-fri, or weekdays, weekend, daily)</source>
        <translation>--days: día desconocido &apos;%1&apos; (use mon, tue, wed, thu, fri, sat, sun, rangos como mon-fri, o weekdays, weekend, daily)</translation>
    </message>
    <message>
        <source>--days expects at least one day, such as mon-fri</source>
        <translation>--days espera al menos un día, como mon-fri</translation>
    </message>
    <message>
        <source>give one of: --days/--start/--stop [--tz], --every MIN or --clear</source>
        <translation>indique una de estas opciones: --days/--start/--stop [--tz], --every MIN o --clear</translation>
    </message>
    <message>
        <source>a weekly window needs --days, --start and --stop (--%1 is missing)</source>
        <translation>una franja semanal necesita --days, --start y --stop (falta --%1)</translation>
    </message>
    <message>
        <source>--start and --stop are both %1: the window would be empty</source>
        <translation>--start y --stop son ambos %1: la franja quedaría vacía</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &apos;%1&apos; (use an IANA id such as Europe/Berlin)</source>
        <translation>--tz: zona horaria desconocida &apos;%1&apos; (use un identificador IANA como Europe/Madrid)</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <extracomment>Part of the schedule row: a repeating job every %1 minutes.</extracomment>
        <translation>cada %1 min</translation>
    </message>
    <message numerus="yes">
        <source>except %n holiday dates</source>
        <translation>
            <numerusform>excepto %n día festivo</numerusform>
            <numerusform>excepto %n días festivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <extracomment>Second line of a usage error; %1 is a command such as &quot;corralctl add --help&quot;.</extracomment>
        <translation>Pruebe &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>state</source>
        <extracomment>Labels of `corralctl status NAME` (lower case in English), aligned in a column; keep them short. The values (running, stopped, on-failure, ...) stay English.</extracomment>
        <translation>estado</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>(%1 ago)</source>
        <translation>(hace %1)</translation>
    </message>
    <message>
        <source>since</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>restarts</source>
        <translation>reinicios</translation>
    </message>
    <message>
        <source>exit code</source>
        <translation>código de salida</translation>
    </message>
    <message>
        <source>last error</source>
        <translation>último error</translation>
    </message>
    <message>
        <source>start at %1</source>
        <extracomment>Row &quot;next&quot; of `corralctl status`: the schedule starts the strategy at this date and time.</extracomment>
        <translation>inicio a las %1</translation>
    </message>
    <message>
        <source>stop at %1</source>
        <extracomment>Row &quot;next&quot; of `corralctl status`: the schedule stops the strategy at this date and time.</extracomment>
        <translation>parada a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a schedule action as corrald names it, %2 a date and time.</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>held</source>
        <extracomment>Row label: the strategy is held (kept stopped) despite its schedule.</extracomment>
        <translation>retenida</translation>
    </message>
    <message>
        <source>stopped by hand inside its window; the schedule starts it again in the next window</source>
        <translation>detenida a mano dentro de su franja; la programación la vuelve a iniciar en la siguiente franja</translation>
    </message>
    <message>
        <source>command</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>cwd</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>(home directory)</source>
        <translation>(directorio personal)</translation>
    </message>
    <message>
        <source>env</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>reinicio</translation>
    </message>
    <message>
        <source>%1, at most %2 quick failures, stop timeout %3 s</source>
        <extracomment>%1 is the restart mode as --restart takes it (never, on-failure, always); keep it English.</extracomment>
        <translation>%1, como máximo %2 fallos rápidos, tiempo de parada %3 s</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>depende de</translation>
    </message>
    <message>
        <source>memory %1 MiB</source>
        <translation>memoria %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n open files</source>
        <translation>
            <numerusform>%n archivo abierto</numerusform>
            <numerusform>%n archivos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n hilo</numerusform>
            <numerusform>%n hilos</numerusform>
        </translation>
    </message>
    <message>
        <source>limits</source>
        <translation>límites</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>programación</translation>
    </message>
    <message>
        <source>log</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>%1 (rotated at %2 MiB, %3 kept)</source>
        <translation>%1 (se rota al llegar a %2 MiB, se conservan %3)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>missing NAME</source>
        <translation>falta NAME</translation>
    </message>
    <message>
        <source>Usage: corralctl %1</source>
        <translation>Uso: corralctl %1</translation>
    </message>
    <message>
        <source>Register a strategy</source>
        <translation>Registrar una estrategia</translation>
    </message>
    <message>
        <source>Change a strategy</source>
        <translation>Cambiar una estrategia</translation>
    </message>
    <message>
        <source>Forget a strategy</source>
        <translation>Olvidar una estrategia</translation>
    </message>
    <message>
        <source>Start strategies</source>
        <translation>Iniciar estrategias</translation>
    </message>
    <message>
        <source>Stop strategies and all their processes</source>
        <translation>Detener estrategias y todos sus procesos</translation>
    </message>
    <message>
        <source>Stop and start strategies</source>
        <translation>Detener e iniciar estrategias</translation>
    </message>
    <message>
        <source>Show every strategy</source>
        <translation>Mostrar todas las estrategias</translation>
    </message>
    <message>
        <source>Show one strategy</source>
        <translation>Mostrar una estrategia</translation>
    </message>
    <message>
        <source>Print or follow a strategy&apos;s log</source>
        <translation>Imprimir o seguir el registro de una estrategia</translation>
    </message>
    <message>
        <source>Set a schedule</source>
        <translation>Establecer una programación</translation>
    </message>
    <message>
        <source>Check, start or stop corrald, or show its base environment</source>
        <translation>Comprobar, iniciar o detener corrald, o mostrar su entorno base</translation>
    </message>
    <message>
        <source>Usage: corralctl COMMAND [ARGS...]</source>
        <translation>Uso: corralctl COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Runs long-lived programs (strategies) under corrald, detached from this terminal.</source>
        <translation>Ejecuta programas de larga duración (estrategias) bajo corrald, independientes de este terminal.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;corralctl COMMAND --help&apos; (or &apos;corralctl help COMMAND&apos;) for the options of one command.
CORRAL_HOME, when set, keeps config, state and logs under that directory.</source>
        <translation>&apos;corralctl COMMAND --help&apos; (o &apos;corralctl help COMMAND&apos;) muestra las opciones de una orden.
Si CORRAL_HOME está definida, la configuración, el estado y los registros se guardan en ese directorio.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; the command comes first</source>
        <translation>opción desconocida &apos;%1&apos;; la orden va primero</translation>
    </message>
    <message>
        <source>Set or preview a schedule</source>
        <translation>Fijar o previsualizar una planificación</translation>
    </message>
    <message>
        <source>Sets when corrald starts and stops a strategy by itself: a weekly window, or every MIN minutes (from local midnight in the zone) for a one-shot job. Replaces the previous schedule at once. With --preview, lists the next events of the schedule corrald has, as corrald&apos;s own timer computes them.</source>
        <translation>Fija cuándo corrald inicia y detiene una estrategia por sí mismo: una franja semanal, o cada MIN minutos (desde la medianoche local de la zona) para una tarea puntual. Sustituye al instante la planificación anterior. Con --preview, lista los próximos eventos de la planificación que tiene corrald, tal como los calcula su propio temporizador.</translation>
    </message>
    <message>
        <source>List the next starts and stops instead of setting.</source>
        <translation>Listar los próximos inicios y paradas en lugar de fijar.</translation>
    </message>
    <message>
        <source>Preview from this instant (ISO 8601; without an offset, local time) instead of now.</source>
        <translation>Previsualizar desde este instante (ISO 8601; sin desfase, hora local) en lugar de ahora.</translation>
    </message>
    <message>
        <source>How many events to preview (default %1).</source>
        <translation>Cuántos eventos previsualizar (predeterminado %1).</translation>
    </message>
    <message>
        <source>Print the preview as a JSON array of {&quot;at&quot;, &quot;action&quot;}.</source>
        <translation>Imprimir la previsualización como un array JSON de {&quot;at&quot;, &quot;action&quot;}.</translation>
    </message>
    <message>
        <source>--%1 goes with --preview</source>
        <translation>--%1 va con --preview</translation>
    </message>
    <message>
        <source>--preview shows the schedule corrald has: give it without --%1</source>
        <translation>--preview muestra la planificación que tiene corrald: dela sin --%1</translation>
    </message>
    <message>
        <source>--from expects an ISO 8601 date and time such as 2026-12-01T09:00:00+05:30, not &apos;%1&apos;</source>
        <translation>--from espera una fecha y hora ISO 8601 como 2026-12-01T09:00:00+05:30, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-n expects a whole number of events from 1 to %1, not &apos;%2&apos;</source>
        <translation>-n espera un número entero de eventos de 1 a %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: runs every %2 min from midnight, %3</source>
        <extracomment>%1 strategy, %2 minutes, %3 the time zone or &quot;local time&quot;.</extracomment>
        <translation>%1: se ejecuta cada %2 min desde la medianoche, %3</translation>
    </message>
    <message>
        <source>%1: nothing scheduled</source>
        <translation>%1: nada planificado</translation>
    </message>
    <message>
        <source>IANA time zone of the window, or whose midnight --every counts from (default: local).</source>
        <translation>Zona horaria IANA de la franja, o desde cuya medianoche cuenta --every (predeterminada: la local).</translation>
    </message>
    <message>
        <source>give one of: --days/--start/--stop [--tz], --every MIN [--tz] or --clear</source>
        <translation>indique uno de: --days/--start/--stop [--tz], --every MIN [--tz] o --clear</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &apos;%1&apos; (did you mean %2?)</source>
        <translation>--tz: zona horaria desconocida &apos;%1&apos; (¿quiso decir %2?)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Corral window and tray icon.</source>
        <translation>La ventana de Corral y el icono de la bandeja.</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window (as at login).</source>
        <translation>Iniciar en la bandeja del sistema sin mostrar la ventana (como al iniciar sesión).</translation>
    </message>
</context>
</TS>
