<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>none chosen</source>
        <translation>ninguna elegida</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Imported library:&lt;/b&gt; none yet ({where}). File ▸ Import PDQ Summaries… adds NCI&apos;s summaries; your IT may import them for everyone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Biblioteca importada:&lt;/b&gt; ninguna todavía ({where}). Archivo ▸ Importar sumarios del PDQ… añade los sumarios del NCI; su servicio informático puede importarlos para todos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, a las {time}</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Imported library:&lt;/b&gt; {folder}&lt;br&gt;Last imported {when} (generation {generation}).&lt;br&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Biblioteca importada:&lt;/b&gt; {folder}&lt;br&gt;Última importación: {when} (generación {generation}).&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt; (bundled)&lt;br&gt;{version}, source: {source}, last updated {date}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt; (incluido con el visor)&lt;br&gt;{version}; fuente: {source}; actualización: {date}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;An offline reader for NCI&apos;s PDQ cancer information summaries. It never connects to a network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un lector sin conexión de los sumarios de información del PDQ sobre el cáncer del NCI. Nunca se conecta a una red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;PDQ text is produced by NCI and is in the public domain.&lt;/p&gt;&lt;p&gt;Built with Qt and PySide6 (Qt for Python), used under the GNU LGPL v3; python-markdown under the BSD licence; defusedxml under the PSF licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El texto del PDQ lo produce el NCI y es de dominio público.&lt;/p&gt;&lt;p&gt;Hecho con Qt y PySide6 (Qt for Python), usados bajo la licencia GNU LGPL v3; python-markdown, bajo la licencia BSD; defusedxml, bajo la licencia PSF.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AboutWords</name>
    <message numerus="yes">
        <source>%n summaries ({held});</source>
        <translation>
            <numerusform>%n sumario ({held});</numerusform>
            <numerusform>%n sumarios ({held});</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dictionary terms.</source>
        <translation>
            <numerusform>%n término del diccionario.</numerusform>
            <numerusform>%n términos del diccionario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Narrow</source>
        <translation>&amp;Estrecho</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Mediano</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>&amp;Ancho</translation>
    </message>
    <message>
        <source>&amp;Full Width</source>
        <translation>Ancho &amp;completo</translation>
    </message>
    <message>
        <source>&amp;Sans-serif</source>
        <translation>&amp;Sin serifas</translation>
    </message>
    <message>
        <source>S&amp;erif</source>
        <translation>&amp;Con serifas</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
    <message>
        <source>Font: {family}</source>
        <translation>Fuente: {family}</translation>
    </message>
    <message>
        <source>Line spacing: {percent}</source>
        <translation>Interlineado: {percent}</translation>
    </message>
    <message>
        <source>Reading width: {width}</source>
        <translation>Ancho de lectura: {width}</translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation>&amp;Interlineado</translation>
    </message>
    <message>
        <source>{percent} (default)</source>
        <translation>{percent} (predeterminado)</translation>
    </message>
    <message>
        <source>Reading &amp;Width</source>
        <translation>Anc&amp;ho de lectura</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Health Professional Version</source>
        <translation>Versión para profesionales de salud</translation>
    </message>
    <message>
        <source>Patient Version</source>
        <translation>Versión para pacientes</translation>
    </message>
    <message>
        <source>{audience} Version</source>
        <translation>Versión para {audience}</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>&amp;Remove Bookmark</source>
        <translation>&amp;Quitar el marcador</translation>
    </message>
    <message>
        <source>Open a summary first: a bookmark keeps a section of one.</source>
        <translation>Abra primero un sumario: un marcador guarda una de sus secciones.</translation>
    </message>
    <message numerus="yes">
        <source>Not bookmarked: %n bookmarks are the most kept. Remove one first (Bookmarks ▸ Manage Bookmarks…).</source>
        <translation>
            <numerusform>No se marcó: se guarda como máximo %n marcador. Quite uno primero (Marcadores ▸ Administrar marcadores…).</numerusform>
            <numerusform>No se marcó: se guardan como máximo %n marcadores. Quite uno primero (Marcadores ▸ Administrar marcadores…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmark removed: {name}. {key} bookmarks it again.</source>
        <translation>Marcador quitado: {name}. {key} lo vuelve a marcar.</translation>
    </message>
    <message>
        <source>Bookmarked: {name}</source>
        <translation>Marcado: {name}</translation>
    </message>
    <message>
        <source>{summary} (not in this library)</source>
        <translation>{summary} (no está en esta biblioteca)</translation>
    </message>
    <message>
        <source>{summary} › (a section no longer in the summary)</source>
        <translation>{summary} › (una sección que ya no está en el sumario)</translation>
    </message>
    <message>
        <source>(changed in the last update)</source>
        <translation>(cambió en la última actualización)</translation>
    </message>
    <message>
        <source>No bookmarks yet: {key} bookmarks the section you are reading</source>
        <translation>Todavía no hay marcadores: {key} marca la sección que está leyendo</translation>
    </message>
</context>
<context>
    <name>BookmarksDialog</name>
    <message>
        <source>Manage Bookmarks</source>
        <translation>Administrar marcadores</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>{rename} renames, {remove} removes, {up} and {down} move the chosen bookmark.</source>
        <translation>{rename} cambia el nombre, {remove} quita, {up} y {down} mueven el marcador elegido.</translation>
    </message>
    <message>
        <source>No bookmarks yet: {key} bookmarks the section you are reading.</source>
        <translation>Todavía no hay marcadores: {key} marca la sección que está leyendo.</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Rename Bookmark</source>
        <translation>Cambiar el nombre del marcador</translation>
    </message>
    <message>
        <source>Name (empty: the section&apos;s own):</source>
        <translation>Nombre (vacío: el de la sección):</translation>
    </message>
</context>
<context>
    <name>ChangeMarks</name>
    <message>
        <source>Changes are no longer marked in the text.</source>
        <translation>Los cambios ya no se marcan en el texto.</translation>
    </message>
    <message>
        <source>This summary has not changed since it was first imported: nothing to mark.</source>
        <translation>Este sumario no ha cambiado desde que se importó por primera vez: no hay nada que marcar.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) added or changed at the last update, underlined with dashes.</source>
        <translation>
            <numerusform>%n pasaje añadido o cambiado en la última actualización, subrayado con guiones.</numerusform>
            <numerusform>%n pasajes añadidos o cambiados en la última actualización, subrayados con guiones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What Changed — {title}</source>
        <translation>Qué cambió — {title}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>NCI&apos;s “{title}”</source>
        <translation>«{title}», del NCI</translation>
    </message>
</context>
<context>
    <name>CitationPopover</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Copiar la referencia</translation>
    </message>
    <message>
        <source>Copy what this shows to the clipboard</source>
        <translation>Copia lo que muestra al portapapeles</translation>
    </message>
    <message>
        <source>Copy definition</source>
        <translation>Copiar la definición</translation>
    </message>
    <message>
        <source>Copy explanation</source>
        <translation>Copiar la explicación</translation>
    </message>
    <message>
        <source>Copy this notice</source>
        <translation>Copiar este aviso</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to where you were</source>
        <translation>Vuelve adonde estaba</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Vuelve a avanzar</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Agranda el texto</translation>
    </message>
    <message>
        <source>Sm&amp;aller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Achica el texto</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>Tamaño pre&amp;determinado</translation>
    </message>
    <message>
        <source>Reset the text to its default size</source>
        <translation>Devuelve el texto a su tamaño predeterminado</translation>
    </message>
    <message>
        <source>&amp;Import PDQ Summaries…</source>
        <translation>&amp;Importar sumarios del PDQ…</translation>
    </message>
    <message>
        <source>Import NCI PDQ XML files or NCI&apos;s tar.gz archive into the library</source>
        <translation>Importa a la biblioteca archivos XML del PDQ del NCI o el archivo tar.gz del NCI</translation>
    </message>
    <message>
        <source>Import PDQ F&amp;older…</source>
        <translation>Importar &amp;carpeta del PDQ…</translation>
    </message>
    <message>
        <source>Import a folder in NCI&apos;s layout (Summary/, GlossaryTerm/, Summary.YYYYWW)</source>
        <translation>Importa una carpeta con la estructura del NCI (Summary/, GlossaryTerm/, Summary.YYYYWW)</translation>
    </message>
    <message>
        <source>Summary &amp;Details…</source>
        <translation>&amp;Detalles del sumario…</translation>
    </message>
    <message>
        <source>The summary&apos;s type, board, description, topics and dates</source>
        <translation>Tipo, consejo editorial, descripción, temas y fechas del sumario</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>Im&amp;primir el sumario…</translation>
    </message>
    <message>
        <source>Print the whole summary</source>
        <translation>Imprime el sumario completo</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the summary&apos;s pages as they will print</source>
        <translation>Muestra las páginas del sumario tal como se imprimirán</translation>
    </message>
    <message>
        <source>Print Current &amp;Section…</source>
        <translation>Imprimir la sección act&amp;ual…</translation>
    </message>
    <message>
        <source>Print the section you are reading</source>
        <translation>Imprime la sección que está leyendo</translation>
    </message>
    <message>
        <source>&amp;Export Summary to PDF…</source>
        <translation>&amp;Exportar el sumario a PDF…</translation>
    </message>
    <message>
        <source>Save the whole summary as a PDF file</source>
        <translation>Guarda el sumario completo como archivo PDF</translation>
    </message>
    <message>
        <source>Export Current Sectio&amp;n to PDF…</source>
        <translation>Exportar la sección ac&amp;tual a PDF…</translation>
    </message>
    <message>
        <source>Save the section you are reading as a PDF file</source>
        <translation>Guarda la sección que está leyendo como archivo PDF</translation>
    </message>
    <message>
        <source>Print Patient &amp;Handout…</source>
        <translation>Imprimir &amp;hoja informativa para pacientes…</translation>
    </message>
    <message>
        <source>Print the section of the patient version you are reading in large print, the words it uses explained</source>
        <translation>Imprime en letra grande la sección de la versión para pacientes que está leyendo, con las palabras que usa explicadas</translation>
    </message>
    <message>
        <source>Export Patien&amp;t Handout to PDF…</source>
        <translation>Exportar hoja i&amp;nformativa para pacientes a PDF…</translation>
    </message>
    <message>
        <source>Save the section of the patient version you are reading as a large-print PDF, the words it uses explained</source>
        <translation>Guarda como PDF en letra grande la sección de la versión para pacientes que está leyendo, con las palabras que usa explicadas</translation>
    </message>
    <message>
        <source>&amp;Copy with Source</source>
        <translation>&amp;Copiar con la fuente</translation>
    </message>
    <message>
        <source>Copy the selected text with its source</source>
        <translation>Copia el texto seleccionado con su fuente</translation>
    </message>
    <message>
        <source>Copy C&amp;itation of This Summary</source>
        <translation>Copiar la c&amp;ita de este sumario</translation>
    </message>
    <message>
        <source>Copy NCI&apos;s preferred citation of the summary, with its date</source>
        <translation>Copia la cita del sumario que prefiere el NCI, con su fecha</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select the whole text</source>
        <translation>Selecciona todo el texto</translation>
    </message>
    <message>
        <source>&amp;Find in This Summary…</source>
        <translation>&amp;Buscar en este sumario…</translation>
    </message>
    <message>
        <source>Find words in the summary you are reading</source>
        <translation>Busca palabras en el sumario que está leyendo</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>Buscar en la bib&amp;lioteca…</translation>
    </message>
    <message>
        <source>Search every summary in the library</source>
        <translation>Busca en todos los sumarios de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>Coincidencia &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next search hit in the text</source>
        <translation>Va a la siguiente coincidencia de la búsqueda en el texto</translation>
    </message>
    <message>
        <source>&amp;Previous Hit</source>
        <translation>Coincidencia &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous search hit in the text</source>
        <translation>Va a la coincidencia anterior de la búsqueda en el texto</translation>
    </message>
    <message>
        <source>Clear &amp;Highlights</source>
        <translation>Quitar el &amp;resaltado</translation>
    </message>
    <message>
        <source>Remove the search highlights from the text</source>
        <translation>Quita del texto el resaltado de la búsqueda</translation>
    </message>
    <message>
        <source>Show or Hide the Library &amp;Pane</source>
        <translation>Mostrar u ocultar el panel de la &amp;biblioteca</translation>
    </message>
    <message>
        <source>Give the text the whole window, or bring the library back</source>
        <translation>Da al texto toda la ventana, o vuelve a mostrar la biblioteca</translation>
    </message>
    <message>
        <source>Next T&amp;heme</source>
        <translation>&amp;Siguiente tema</translation>
    </message>
    <message>
        <source>Switch to the next colour theme</source>
        <translation>Cambia al siguiente tema de colores</translation>
    </message>
    <message>
        <source>Next Font Famil&amp;y</source>
        <translation>Siguiente famili&amp;a de fuente</translation>
    </message>
    <message>
        <source>Switch between sans-serif and serif text</source>
        <translation>Alterna entre texto sin serifas y con serifas</translation>
    </message>
    <message>
        <source>&amp;Reading Font…</source>
        <translation>Fuente de &amp;lectura…</translation>
    </message>
    <message>
        <source>Choose any installed font for the text</source>
        <translation>Elige cualquier fuente instalada para el texto</translation>
    </message>
    <message>
        <source>&amp;More Line Spacing</source>
        <translation>&amp;Más interlineado</translation>
    </message>
    <message>
        <source>Spread the lines of the text further apart</source>
        <translation>Separa más las líneas del texto</translation>
    </message>
    <message>
        <source>L&amp;ess Line Spacing</source>
        <translation>M&amp;enos interlineado</translation>
    </message>
    <message>
        <source>Bring the lines of the text closer together</source>
        <translation>Junta más las líneas del texto</translation>
    </message>
    <message>
        <source>&amp;Mark Changes in the Text</source>
        <translation>&amp;Marcar los cambios en el texto</translation>
    </message>
    <message>
        <source>Underline the passages added or changed at the summary&apos;s last update</source>
        <translation>Subraya los pasajes añadidos o cambiados en la última actualización del sumario</translation>
    </message>
    <message>
        <source>&amp;Recent Summaries…</source>
        <translation>Sumarios &amp;recientes…</translation>
    </message>
    <message>
        <source>Reopen a summary you read lately, where you left it</source>
        <translation>Vuelve a abrir un sumario leído hace poco, donde lo dejó</translation>
    </message>
    <message>
        <source>Ne&amp;xt Version of This Summary</source>
        <translation>Versión si&amp;guiente de este sumario</translation>
    </message>
    <message>
        <source>Open the same topic for the other audience or in the other language, at the same section where it has one</source>
        <translation>Abre el mismo tema para el otro público o en el otro idioma, en la misma sección si la tiene</translation>
    </message>
    <message>
        <source>What &amp;Changed in This Summary…</source>
        <translation>&amp;Qué cambió en este sumario…</translation>
    </message>
    <message>
        <source>Sections added, removed and changed at the summary&apos;s last update, words marked</source>
        <translation>Secciones añadidas, eliminadas y cambiadas en la última actualización del sumario, con las palabras marcadas</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Section</source>
        <translation>&amp;Marcar esta sección</translation>
    </message>
    <message>
        <source>Bookmark the section you are reading, or remove its bookmark</source>
        <translation>Marca la sección que está leyendo, o quita su marcador</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>&amp;Administrar marcadores…</translation>
    </message>
    <message>
        <source>Rename, remove and order your bookmarks</source>
        <translation>Cambia el nombre, quita y ordena sus marcadores</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Move the focus to the next pane</source>
        <translation>Lleva el foco al panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Pa&amp;nel anterior</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Lleva el foco al panel anterior</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Lista todos los atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca del visor</translation>
    </message>
    <message>
        <source>Version, content source and licences</source>
        <translation>Versión, fuente del contenido y licencias</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Cierra el visor</translation>
    </message>
</context>
<context>
    <name>CopyCitation</name>
    <message>
        <source>Open a summary first: its citation is copied.</source>
        <translation>Abra primero un sumario: se copia su cita.</translation>
    </message>
    <message>
        <source>Citation copied: {citation}</source>
        <translation>Cita copiada: {citation}</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>dated in the future</source>
        <translation>con fecha futura</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{date} ({age})</source>
        <translation>{date} ({age})</translation>
    </message>
</context>
<context>
    <name>DrugNameKind</name>
    <message>
        <source>US brand name</source>
        <translation>nombre comercial en EE. UU.</translation>
    </message>
    <message>
        <source>Foreign brand name</source>
        <translation>nombre comercial en otros países</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>nombre en clave</translation>
    </message>
    <message>
        <source>Synonym</source>
        <translation>sinónimo</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>abreviatura</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>sigla</translation>
    </message>
    <message>
        <source>Lexical variant</source>
        <translation>variante léxica</translation>
    </message>
    <message>
        <source>Chemical structure name</source>
        <translation>nombre de la estructura química</translation>
    </message>
    <message>
        <source>CAS Registry name</source>
        <translation>número de registro CAS</translation>
    </message>
    <message>
        <source>IND code</source>
        <translation>código IND</translation>
    </message>
    <message>
        <source>NSC code</source>
        <translation>código NSC</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>EmptyLibrary</name>
    <message>
        <source>No PDQ summaries have been imported yet: what is shown is the sample bundled with the viewer. File ▸ Import PDQ Summaries…{keys} imports NCI&apos;s PDQ files or archive; your IT can import NCI&apos;s weekly distribution for every user of this computer (clinic-viewer import).</source>
        <translation>Todavía no se ha importado ningún sumario del PDQ: lo que se muestra es la muestra incluida con el visor. Archivo ▸ Importar sumarios del PDQ…{keys} importa los archivos o el archivo comprimido del PDQ del NCI; su servicio informático puede importar la distribución semanal del NCI para todos los usuarios de esta computadora (clinic-viewer import).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No PDQ summaries have been imported yet:&lt;/b&gt; what is shown is the sample bundled with the viewer. &lt;b&gt;File ▸ Import PDQ Summaries…&lt;/b&gt;{keys} imports NCI&apos;s PDQ files or archive; your IT can import NCI&apos;s weekly distribution for every user of this computer (&lt;tt&gt;clinic-viewer import&lt;/tt&gt;).</source>
        <translation>&lt;b&gt;Todavía no se ha importado ningún sumario del PDQ:&lt;/b&gt; lo que se muestra es la muestra incluida con el visor. &lt;b&gt;Archivo ▸ Importar sumarios del PDQ…&lt;/b&gt;{keys} importa los archivos o el archivo comprimido del PDQ del NCI; su servicio informático puede importar la distribución semanal del NCI para todos los usuarios de esta computadora (&lt;tt&gt;clinic-viewer import&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No PDQ summaries imported yet:&lt;/b&gt; File ▸ Import PDQ Summaries…{keys}.</source>
        <translation>&lt;b&gt;Todavía no hay sumarios del PDQ importados:&lt;/b&gt; Archivo ▸ Importar sumarios del PDQ…{keys}.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Text size: {size}</source>
        <translation>Tamaño del texto: {size}</translation>
    </message>
    <message>
        <source>{size} pt</source>
        <translation>{size} pt</translation>
    </message>
</context>
<context>
    <name>FontChooser</name>
    <message>
        <source>Sans-serif (the desktop&apos;s font)</source>
        <translation>Sin serifas (la fuente del escritorio)</translation>
    </message>
    <message>
        <source>Serif (the desktop&apos;s serif font)</source>
        <translation>Con serifas (la fuente con serifas del escritorio)</translation>
    </message>
    <message>
        <source>Treatment with radionuclides such as 131I-MIBG may be of benefit. 0123456789 — Il1 O0 rn m (Ⅰ ≤ ≥ ±)</source>
        <translation>El tratamiento con radionúclidos como el 131I-MIBG puede ser beneficioso. 0123456789 — Il1 O0 rn m (Ⅰ ≤ ≥ ±) ñ á é í ó ú ü ¿¡</translation>
    </message>
    <message>
        <source>Reading Font</source>
        <translation>Fuente de lectura</translation>
    </message>
    <message>
        <source>Filter fonts by name</source>
        <translation>Filtrar las fuentes por nombre</translation>
    </message>
    <message>
        <source>Filter fonts</source>
        <translation>Filtrar las fuentes</translation>
    </message>
    <message>
        <source>Font families</source>
        <translation>Familias de fuentes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Supportive and Palliative Care</source>
        <translation>Cuidados médicos de apoyo y paliativos</translation>
    </message>
    <message>
        <source>Supportive care</source>
        <translation>Cuidados médicos de apoyo</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Exámenes de detección</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevención</translation>
    </message>
    <message>
        <source>Genetics</source>
        <translation>Genética</translation>
    </message>
    <message>
        <source>Integrative, alternative, and complementary therapies</source>
        <translation>Medicina integral, alternativa y complementaria</translation>
    </message>
    <message>
        <source>Other summaries</source>
        <translation>Otros sumarios</translation>
    </message>
    <message>
        <source>Health Professional</source>
        <translation>Profesionales de salud</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Drug information</source>
        <translation>Información sobre medicamentos</translation>
    </message>
    <message>
        <source>Complementary and alternative medicine</source>
        <translation>Medicina complementaria y alternativa</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>NCI PDQ files (*.xml *.tar.gz *.tgz *.tar);;All files (*)</source>
        <translation>Archivos del PDQ del NCI (*.xml *.tar.gz *.tgz *.tar);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Folder of PDQ Summaries</source>
        <translation>Importar una carpeta de sumarios del PDQ</translation>
    </message>
    <message>
        <source>Import PDQ Summaries or an Archive</source>
        <translation>Importar sumarios del PDQ o un archivo comprimido</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repaired</source>
        <translation>
            <numerusform>%n reparado</numerusform>
            <numerusform>%n reparados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged</source>
        <translation>
            <numerusform>%n dañado</numerusform>
            <numerusform>%n dañados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The library could not be updated.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Nothing was changed. A library for every user of this computer can only be updated by your IT (as administrator): &lt;tt&gt;sudo clinic-viewer import …&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se pudo actualizar la biblioteca.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;No se cambió nada. Una biblioteca para todos los usuarios de esta computadora solo la puede actualizar su servicio informático (como administrador): &lt;tt&gt;sudo clinic-viewer import …&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The library could not be updated.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Nothing was changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se pudo actualizar la biblioteca.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;No se cambió nada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import cancelled.&lt;/b&gt; The library was left exactly as it was.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Importación cancelada.&lt;/b&gt; La biblioteca quedó exactamente como estaba.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;… and %n more (Show Details).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;… y %n más (Mostrar los detalles).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;… y %n más (Mostrar los detalles).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: every document was refused.</source>
        <translation>No se importó nada: se rechazaron todos los documentos.</translation>
    </message>
    <message>
        <source>Refused (the rest was imported):</source>
        <translation>Rechazados (el resto se importó):</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Afterwards:&lt;/b&gt; {problem}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Después:&lt;/b&gt; {problem}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Damaged in the library&lt;/b&gt; (they cannot be shown; importing NCI&apos;s files for them repairs them):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dañados en la biblioteca&lt;/b&gt; (no se pueden mostrar; importar de nuevo los archivos del NCI los repara):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import finished:&lt;/b&gt; {counts}.&lt;/p&gt;&lt;p&gt;Library: {where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Importación terminada:&lt;/b&gt; {counts}.&lt;/p&gt;&lt;p&gt;Biblioteca: {where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Show Details lists every document (past 20 refusals for one reason, how many more).&lt;/p&gt;</source>
        <translation>&lt;p&gt;«Mostrar los detalles» enumera cada documento (a partir de 20 rechazos por el mismo motivo, solo cuántos más hubo).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{folder} (no imported library there)</source>
        <translation>{folder} (no hay allí una biblioteca importada)</translation>
    </message>
    <message>
        <source>{folder}, generation {generation}</source>
        <translation>{folder}, generación {generation}</translation>
    </message>
    <message>
        <source>{folder}, generation {generation} of {date}</source>
        <translation>{folder}, generación {generation} del {date}</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Informe de la importación</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing PDQ Summaries</source>
        <translation>Importando sumarios del PDQ</translation>
    </message>
    <message>
        <source>Cancelling: the library stays as it was…</source>
        <translation>Cancelando: la biblioteca queda como estaba…</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Falta aproximadamente %n segundo</numerusform>
            <numerusform>Faltan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Casi terminado</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n document(s)</source>
        <translation>
            <numerusform>{done} de %n documento</numerusform>
            <numerusform>{done} de %n documentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The viewer will be in {language} the next time it starts.</source>
        <translation>La próxima vez que se inicie, el visor estará en este idioma: {language}.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>As the &amp;System ({language})</source>
        <translation>Como el &amp;sistema ({language})</translation>
    </message>
    <message>
        <source>The interface is already in {language}.</source>
        <translation>La interfaz ya está en este idioma: {language}.</translation>
    </message>
    <message>
        <source>The interface is now in {language}.</source>
        <translation>La interfaz se muestra ahora en este idioma: {language}.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>The library was updated by an import, which removed “%1”, the summary you were reading; another is shown.</source>
        <translation>La biblioteca se actualizó con una importación que quitó «%1», el sumario que estaba leyendo; se muestra otro.</translation>
    </message>
    <message>
        <source>The library was updated by an import; its summaries are shown, where you were.</source>
        <translation>La biblioteca se actualizó con una importación: se muestran sus sumarios y sigue donde estaba.</translation>
    </message>
    <message>
        <source>This summary has not changed since it was first imported.</source>
        <translation>Este sumario no ha cambiado desde que se importó por primera vez.</translation>
    </message>
    <message>
        <source>what changed could not be compared (%1)</source>
        <translation>no se pudo comparar qué cambió (%1)</translation>
    </message>
    <message>
        <source>Comparing “%1” with its previous version…</source>
        <translation>Comparando «%1» con su versión anterior…</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Filter summaries by title</source>
        <translation>Filtrar los sumarios por título</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>Filtrar la biblioteca</translation>
    </message>
    <message>
        <source>Shows only the summaries whose titles hold the words typed.</source>
        <translation>Muestra solo los sumarios cuyo título contiene las palabras escritas.</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Resultado del filtro</translation>
    </message>
    <message>
        <source>No summary&apos;s title holds every word of “{words}”.</source>
        <translation>Ningún título de sumario contiene todas las palabras de «{words}».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h2&gt;No summaries are installed&lt;/h2&gt;&lt;p&gt;This viewer shows NCI&apos;s PDQ summaries once they are imported: File ▸ Import PDQ Summaries…, or ask your IT to import NCI&apos;s current PDQ distribution (&lt;tt&gt;clinic-viewer import&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No hay sumarios instalados&lt;/h2&gt;&lt;p&gt;Este visor muestra los sumarios del PDQ del NCI una vez importados: Archivo ▸ Importar sumarios del PDQ…, o pida a su servicio informático que importe la distribución actual del PDQ del NCI (&lt;tt&gt;clinic-viewer import&lt;/tt&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No summaries could be opened&lt;/h2&gt;&lt;p&gt;The message above says why.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No se pudo abrir ningún sumario&lt;/h2&gt;&lt;p&gt;El mensaje de arriba explica por qué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library and text</source>
        <translation>Biblioteca y texto</translation>
    </message>
    <message>
        <source>Width of the library pane</source>
        <translation>Ancho del panel de la biblioteca</translation>
    </message>
    <message>
        <source>Position in the text</source>
        <translation>Posición en el texto</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menús</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Tamaño de la ventana</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>The summary in view is a partial edition ({edition})</source>
        <translation>El sumario que se muestra es una edición parcial ({edition})</translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Navigation and text size</source>
        <translation>Navegación y tamaño del texto</translation>
    </message>
    <message>
        <source>Back and Forward, and the text size: smaller, default, larger.</source>
        <translation>Atrás y Adelante, y el tamaño del texto: más pequeño, predeterminado, más grande.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>PaperCommands</name>
    <message>
        <source>A handout is made from a patient version (Go ▸ Versions of This Summary)</source>
        <translation>Una hoja informativa se hace a partir de una versión para pacientes (Ir ▸ Versiones de este sumario)</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}</source>
        <translation>Se guardó {file} en {folder}</translation>
    </message>
    <message>
        <source>Saved the handout %1 in %2</source>
        <translation>Se guardó la hoja informativa %1 en %2</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>it is a folder, not a file; choose a file name</source>
        <translation>es una carpeta, no un archivo; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>it is a link to a folder, not a file; choose a file name</source>
        <translation>es un enlace a una carpeta, no un archivo; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>it is a device, not a file; choose a file name</source>
        <translation>es un dispositivo, no un archivo; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>it is a link to a device, not a file; choose a file name</source>
        <translation>es un enlace a un dispositivo, no un archivo; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file; choose a file name</source>
        <translation>es una tubería (FIFO), no un archivo; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>it is a link to a pipe (FIFO), not a file; choose a file name</source>
        <translation>es un enlace a una tubería (FIFO), no un archivo; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>it is a socket, not a file; choose a file name</source>
        <translation>es un socket, no un archivo; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>it is a link to a socket, not a file; choose a file name</source>
        <translation>es un enlace a un socket, no un archivo; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>it is a special file, not a file; choose a file name</source>
        <translation>es un archivo especial, no un archivo común; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>it is a link to a special file, not a file; choose a file name</source>
        <translation>es un enlace a un archivo especial, no un archivo común; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>the file written was not a whole PDF (is the disk full, or the folder read-only?)</source>
        <translation>el archivo escrito no era un PDF completo (¿está lleno el disco o la carpeta es de solo lectura?)</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file that was already there is unchanged.</source>
        <translation>El archivo que ya estaba allí no cambió.</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}. Nothing was saved.</source>
        <translation>No se pudo escribir el PDF en {path}: {reason}. No se guardó nada.</translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation>Vista previa de impresión — {title}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Nothing was printed: {reason}.</source>
        <translation>No se imprimió nada: {reason}.</translation>
    </message>
    <message>
        <source>at this text size it is longer than can be laid out on paper; print it at a smaller size, or one section at a time</source>
        <translation>a este tamaño de texto es más largo de lo que cabe en papel; imprímalo a un tamaño menor o una sección a la vez</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>is not valid JSON ({reason})</source>
        <translation>no es JSON válido ({reason})</translation>
    </message>
    <message>
        <source>is not a regular file in the summary&apos;s folder, so it is not read</source>
        <translation>no es un archivo normal de la carpeta del sumario, así que no se lee</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>nests its values too deeply to read</source>
        <translation>anida sus valores a demasiada profundidad para leerlos</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text</source>
        <translation>&apos;{key}&apos; debe ser texto</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; {reason}</source>
        <translation>&apos;{key}&apos; {reason}</translation>
    </message>
    <message>
        <source>missing {keys}</source>
        <translation>faltan {keys}</translation>
    </message>
    <message>
        <source>&apos;last_updated&apos; must be a date like 2015-05-28, not &apos;{text}&apos;</source>
        <translation>&apos;last_updated&apos; debe ser una fecha como 2015-05-28, no &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>&apos;content&apos; must name a file in the summary&apos;s folder, like summary.md, not &apos;{name}&apos;</source>
        <translation>&apos;content&apos; debe nombrar un archivo de la carpeta del sumario, como summary.md, no &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>nests lists or quotes {depth} levels deep (at most {most})</source>
        <translation>anida listas o citas en {depth} niveles ({most} como máximo)</translation>
    </message>
    <message>
        <source>is {size:.1f} MB of text; a summary may hold at most {most} MB</source>
        <translation>tiene {size:.1f} MB de texto; un sumario puede tener {most} MB como máximo</translation>
    </message>
    <message>
        <source>has a heading of {length:,} characters; at most {most} are allowed</source>
        <translation>tiene un encabezado de {length:,} caracteres; se permiten {most} como máximo</translation>
    </message>
    <message>
        <source>citation markers</source>
        <translation>marcas de cita</translation>
    </message>
    <message>
        <source>cross-references</source>
        <translation>referencias cruzadas</translation>
    </message>
    <message>
        <source>holds more than {most:,} {what}</source>
        <translation>contiene más de {most:,} {what}</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>secciones</translation>
    </message>
    <message>
        <source>places to link to</source>
        <translation>destinos de enlace</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>elementos de lista</translation>
    </message>
    <message>
        <source>reference lists</source>
        <translation>listas de bibliografía</translation>
    </message>
    <message>
        <source>references</source>
        <translation>referencias bibliográficas</translation>
    </message>
    <message>
        <source>has no sections (no Markdown headings)</source>
        <translation>no tiene secciones (ningún encabezado Markdown)</translation>
    </message>
    <message>
        <source>the summaries folder is missing</source>
        <translation>falta la carpeta de sumarios</translation>
    </message>
    <message>
        <source>is a link to another folder: summaries are read only from folders inside the summaries folder</source>
        <translation>es un enlace a otra carpeta: los sumarios solo se leen de carpetas que están dentro de la carpeta de sumarios</translation>
    </message>
    <message>
        <source>is a link: a summary&apos;s folder holds regular files only</source>
        <translation>es un enlace: la carpeta de un sumario solo contiene archivos normales</translation>
    </message>
    <message>
        <source>is missing: the summary&apos;s files cannot be checked, so it is not shown</source>
        <translation>falta: no se pueden comprobar los archivos del sumario, así que no se muestra</translation>
    </message>
    <message>
        <source>is not in &apos;sha256  filename&apos; form</source>
        <translation>no tiene la forma &apos;sha256  nombre&apos;</translation>
    </message>
    <message>
        <source>is not listed in {manifest}: it was added after the summary was checked</source>
        <translation>no figura en {manifest}: se añadió después de comprobar el sumario</translation>
    </message>
    <message>
        <source>does not match its SHA-256 in {manifest}: it was changed or damaged, so it is not shown</source>
        <translation>no coincide con su SHA-256 en {manifest}: se modificó o se dañó, así que no se muestra</translation>
    </message>
    <message>
        <source>is listed in {manifest} but missing</source>
        <translation>figura en {manifest}, pero falta</translation>
    </message>
    <message>
        <source>has a section title of {length:,} characters; at most {most} are allowed</source>
        <translation>tiene un título de sección de {length:,} caracteres; se permiten {most} como máximo</translation>
    </message>
    <message>
        <source>a Reference comes before the first section</source>
        <translation>hay un elemento Reference antes de la primera sección</translation>
    </message>
    <message>
        <source>a ReferenceSection comes before the first section</source>
        <translation>hay un elemento ReferenceSection antes de la primera sección</translation>
    </message>
    <message>
        <source>has no &lt;DrugInfoTitle&gt;</source>
        <translation>no tiene &lt;DrugInfoTitle&gt;</translation>
    </message>
    <message>
        <source>has no &lt;Section&gt;</source>
        <translation>no tiene &lt;Section&gt;</translation>
    </message>
    <message>
        <source>has no &lt;TermName&gt;</source>
        <translation>no tiene &lt;TermName&gt;</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; has {name}=&quot;{value}&quot;, which is not a reference number (1 to {most:,}, in the digits 0-9)</source>
        <translation>&lt;{tag}&gt; tiene {name}=&quot;{value}&quot;, que no es un número de referencia (de 1 a {most:,}, con las cifras 0-9)</translation>
    </message>
    <message>
        <source>lists more than {most:,} references: a summary may list at most {most:,}, so it is not shown</source>
        <translation>enumera más de {most:,} referencias: un sumario puede enumerar {most:,} como máximo, así que no se muestra</translation>
    </message>
    <message>
        <source>citation {number} is listed twice in section &apos;{title}&apos;</source>
        <translation>la cita {number} figura dos veces en la sección &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>no references</source>
        <translation>ninguna referencia</translation>
    </message>
    <message>
        <source>Reference {number} names a citation that section &apos;{title}&apos; does not list (it lists {span})</source>
        <translation>la referencia {number} nombra una cita que la sección &apos;{title}&apos; no enumera (enumera {span})</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; must be a date like {example}, not &apos;{text}&apos;</source>
        <translation>&lt;{name}&gt; debe ser una fecha como {example}, no &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>has no &lt;SummaryTitle&gt;</source>
        <translation>no tiene &lt;SummaryTitle&gt;</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; (first at line {line}) is not an element this version knows; its text is shown as plain text</source>
        <translation>&lt;{name}&gt; (la primera vez, en la línea {line}) no es un elemento que esta versión conozca; su texto se muestra como texto sin formato</translation>
    </message>
    <message>
        <source>has no &lt;SummarySection&gt; with a title</source>
        <translation>no tiene ninguna &lt;SummarySection&gt; con título</translation>
    </message>
    <message>
        <source>has no &lt;PreferredName&gt;</source>
        <translation>no tiene &lt;PreferredName&gt;</translation>
    </message>
    <message>
        <source>has a preferred name of {length:,} characters; at most {most} are allowed</source>
        <translation>tiene un nombre preferido de {length:,} caracteres; se permiten {most} como máximo</translation>
    </message>
    <message>
        <source>has more than {most} &lt;OtherName&gt;s</source>
        <translation>tiene más de {most} elementos &lt;OtherName&gt;</translation>
    </message>
    <message>
        <source>is not a PDQ {tag} document (its root element is &lt;{root}&gt;)</source>
        <translation>no es un documento {tag} del PDQ (su elemento raíz es &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; needs an id like {example}, not &apos;{id}&apos;</source>
        <translation>&lt;{tag}&gt; necesita un id como {example}, no &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>no element found</source>
        <translation>no se encontró ningún elemento</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <source>not well-formed (invalid token)</source>
        <translation>mal formado (símbolo no válido)</translation>
    </message>
    <message>
        <source>unclosed token</source>
        <translation>símbolo sin cerrar</translation>
    </message>
    <message>
        <source>mismatched tag</source>
        <translation>etiquetas que no coinciden</translation>
    </message>
    <message>
        <source>junk after document element</source>
        <translation>contenido sobrante tras el elemento del documento</translation>
    </message>
    <message>
        <source>undefined entity</source>
        <translation>entidad no definida</translation>
    </message>
    <message>
        <source>duplicate attribute</source>
        <translation>atributo duplicado</translation>
    </message>
    <message>
        <source>unclosed CDATA section</source>
        <translation>sección CDATA sin cerrar</translation>
    </message>
    <message>
        <source>partial character</source>
        <translation>carácter incompleto</translation>
    </message>
    <message>
        <source>unbound prefix</source>
        <translation>prefijo no declarado</translation>
    </message>
    <message>
        <source>XML declaration not well-formed</source>
        <translation>declaración XML mal formada</translation>
    </message>
    <message>
        <source>reference to invalid character number</source>
        <translation>referencia a un número de carácter no válido</translation>
    </message>
    <message>
        <source>nests elements more than {most} levels deep</source>
        <translation>anida elementos en más de {most} niveles</translation>
    </message>
    <message>
        <source>holds more than {most:,} elements</source>
        <translation>contiene más de {most:,} elementos</translation>
    </message>
    <message>
        <source>is {size:.1f} MB; a summary may be at most {most} MB (a larger one would take minutes to show)</source>
        <translation>ocupa {size:.1f} MB; un sumario puede ocupar {most} MB como máximo (uno mayor tardaría minutos en mostrarse)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>is not well-formed XML ({reason})</source>
        <translation>no es XML bien formado ({reason})</translation>
    </message>
    <message>
        <source>is refused: it declares entities or external content ({kind})</source>
        <translation>se rechaza: declara entidades o contenido externo ({kind})</translation>
    </message>
    <message>
        <source>declares an encoding this viewer does not read ({reason}); PDQ files are UTF-8</source>
        <translation>declara una codificación que este visor no lee ({reason}); los archivos del PDQ son UTF-8</translation>
    </message>
    <message>
        <source>cannot be read as XML ({reason}); PDQ files are UTF-8</source>
        <translation>no se puede leer como XML ({reason}); los archivos del PDQ son UTF-8</translation>
    </message>
    <message>
        <source>file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation>no se pudo leer ({detail})</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>está anidado a demasiada profundidad para leerlo</translation>
    </message>
    <message>
        <source>has a title of {length:,} characters; at most {most} are allowed</source>
        <translation>tiene un título de {length:,} caracteres; se permiten {most} como máximo</translation>
    </message>
    <message>
        <source>holds more than {most:,} {what}: a summary may hold at most {most:,} (more would take minutes to show), so it is not shown</source>
        <translation>contiene más de {most:,} {what}: un sumario puede contener {most:,} como máximo (más tardarían minutos en mostrarse), así que no se muestra</translation>
    </message>
    <message>
        <source>has neither &lt;DateLastModified&gt; nor &lt;DateFirstPublished&gt;: a summary whose date is unknown is not shown</source>
        <translation>no tiene &lt;DateLastModified&gt; ni &lt;DateFirstPublished&gt;: un sumario de fecha desconocida no se muestra</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, línea {line}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>a reference list comes before the first section</source>
        <translation>hay una lista de bibliografía antes de la primera sección</translation>
    </message>
    <message>
        <source>section id &apos;{id}&apos; is also the automatic place of a paragraph above it; choose another id</source>
        <translation>el id de sección &apos;{id}&apos; es también el lugar automático de un párrafo anterior; elija otro id</translation>
    </message>
    <message>
        <source>section id &apos;{id}&apos; is used twice (also by &apos;{title}&apos;)</source>
        <translation>el id de sección &apos;{id}&apos; se usa dos veces (también en &apos;{title}&apos;)</translation>
    </message>
    <message>
        <source>text comes before the first section heading</source>
        <translation>hay texto antes del primer encabezado de sección</translation>
    </message>
    <message>
        <source>a References heading must be followed by a numbered list</source>
        <translation>a un encabezado de bibliografía le debe seguir una lista numerada</translation>
    </message>
    <message>
        <source>section id &apos;{id}&apos; is also the automatic place of a paragraph of &apos;{title}&apos;; choose another id</source>
        <translation>el id de sección &apos;{id}&apos; es también el lugar automático de un párrafo de &apos;{title}&apos;; elija otro id</translation>
    </message>
    <message>
        <source>citation {marker}: {error}</source>
        <translation>cita {marker}: {error}</translation>
    </message>
    <message>
        <source>citation {marker} names reference {numbers}, but section &apos;{title}&apos; lists {listed}</source>
        <translation>la cita {marker} nombra la referencia {numbers}, pero la sección &apos;{title}&apos; enumera {listed}</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
    <message>
        <source>a bidirectional control character</source>
        <translation>un carácter de control bidireccional</translation>
    </message>
    <message>
        <source>a right-to-left letter</source>
        <translation>una letra que se escribe de derecha a izquierda</translation>
    </message>
    <message>
        <source>holds {kind} ({code}), which makes text display differently from what is stored, so it is not shown</source>
        <translation>contiene {kind} ({code}), que hace que el texto se vea distinto de como está guardado, así que no se muestra</translation>
    </message>
    <message>
        <source>{path} belongs to another user (user id {uid})</source>
        <translation>{path} pertenece a otro usuario (id de usuario {uid})</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>cualquier usuario</translation>
    </message>
    <message>
        <source>the group with id {gid}</source>
        <translation>el grupo con id {gid}</translation>
    </message>
    <message>
        <source>{path} can be changed by {who} (mode {mode})</source>
        <translation>{path} lo puede modificar {who} (modo {mode})</translation>
    </message>
    <message>
        <source>it holds a sparse file, which no NCI archive does</source>
        <translation>contiene un archivo disperso, algo que no tiene ningún archivo comprimido del NCI</translation>
    </message>
    <message>
        <source>a member&apos;s extended header declares {size:,} bytes (at most {most} KB is read)</source>
        <translation>el encabezado extendido de un miembro declara {size:,} bytes (se leen {most} KB como máximo)</translation>
    </message>
    <message>
        <source>its global pax headers hold more than {most} KB</source>
        <translation>sus encabezados pax globales ocupan más de {most} KB</translation>
    </message>
    <message>
        <source>more than {most} MB follow the end of its tar data</source>
        <translation>hay más de {most} MB tras el final de sus datos tar</translation>
    </message>
    <message>
        <source>data follow where its tar data end: a damaged header, or two archives joined</source>
        <translation>hay datos donde terminan sus datos tar: un encabezado dañado o dos archivos comprimidos unidos</translation>
    </message>
    <message>
        <source>is a &lt;{tag}&gt; document; only PDQ Summary, DrugInformationSummary, GlossaryTerm and Term documents are imported</source>
        <translation>es un documento &lt;{tag}&gt;; solo se importan documentos Summary, DrugInformationSummary, GlossaryTerm y Term del PDQ</translation>
    </message>
    <message>
        <source>is not updated, since someone other than the administrator could have changed it: {reason}. Correct its permissions (chmod go-w) and check it, or move it aside and import NCI&apos;s full set into a new library</source>
        <translation>no se actualiza, porque alguien que no es el administrador podría haberla modificado: {reason}. Corrija sus permisos (chmod go-w) y revísela, o apártela e importe el conjunto completo del NCI en una biblioteca nueva</translation>
    </message>
    <message>
        <source>{name}: dated {date}, later than today; a date NCI has not reached is a damaged or altered file</source>
        <translation>{name}: con fecha {date}, posterior a hoy; una fecha a la que el NCI no ha llegado indica un archivo dañado o alterado</translation>
    </message>
    <message>
        <source>is not a JPEG, PNG or GIF image</source>
        <translation>no es una imagen JPEG, PNG ni GIF</translation>
    </message>
    <message>
        <source>is not named like NCI&apos;s CDR0000748659.jpg</source>
        <translation>no tiene un nombre como los del NCI (CDR0000748659.jpg)</translation>
    </message>
    <message>
        <source>is not in the library&apos;s catalog: import it again to show it</source>
        <translation>no está en el catálogo de la biblioteca: vuelva a importarlo para mostrarlo</translation>
    </message>
    <message>
        <source>the library cannot be read ({reason}): ask your IT to run the import again as administrator, which makes it readable</source>
        <translation>no se puede leer la biblioteca ({reason}): pida a su servicio informático que vuelva a importar como administrador, lo que la hace legible</translation>
    </message>
    <message>
        <source>the library is not shown, since its summaries may not be NCI&apos;s text: {reason}. Ask your IT to correct its permissions (only the administrator may write it) and import NCI&apos;s files again</source>
        <translation>la biblioteca no se muestra, porque sus sumarios podrían no ser el texto del NCI: {reason}. Pida a su servicio informático que corrija sus permisos (solo el administrador puede escribir en ella) y vuelva a importar los archivos del NCI</translation>
    </message>
    <message>
        <source>has {count} damaged record(s) of what changed: those are not shown</source>
        <translation>tiene registros dañados de lo que cambió ({count}): no se muestran</translation>
    </message>
    <message>
        <source>is not valid JSON: import again to repair it</source>
        <translation>no es JSON válido: vuelva a importar para repararlo</translation>
    </message>
    <message>
        <source>has a damaged entry for {id}</source>
        <translation>tiene una entrada dañada para {id}</translation>
    </message>
    <message>
        <source>is a link, not the library&apos;s lock file: remove it</source>
        <translation>es un enlace, no el archivo de bloqueo de la biblioteca: elimínelo</translation>
    </message>
    <message>
        <source>belongs to another user, who could stop imports by holding it: remove it</source>
        <translation>pertenece a otro usuario, que podría impedir las importaciones reteniéndolo: elimínelo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{earlier}: {id} is also in {later} with the same date ({date}) and different text; neither is imported, the library keeps its own copy</source>
        <translation>{earlier}: {id} también está en {later} con la misma fecha ({date}) y otro texto; no se importa ninguno y la biblioteca conserva su propia copia</translation>
    </message>
    <message>
        <source>{name}: dated {date}, contradicting another copy of {id} in this import ({earlier}, dated {earlier_date}); neither is imported, the library keeps its own copy</source>
        <translation>{name}: con fecha {date}, contradice otra copia de {id} en esta importación ({earlier}, con fecha {earlier_date}); no se importa ninguna y la biblioteca conserva su propia copia</translation>
    </message>
    <message>
        <source>{name}: dated {date}, older than the library&apos;s {held}; not imported (to import it anyway: clinic-viewer import --allow-older)</source>
        <translation>{name}: con fecha {date}, anterior a la de la biblioteca ({held}); no se importó (para importarlo de todos modos: clinic-viewer import --allow-older)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a line like &apos;CDR62787.xml:modified&apos;</source>
        <translation>&apos;{text}&apos; no es una línea como &apos;CDR62787.xml:modified&apos;</translation>
    </message>
    <message>
        <source>and {count} more lines that are not changes</source>
        <translation>y {count} líneas más que no son cambios</translation>
    </message>
    <message>
        <source>is not a regular file; only regular files are imported</source>
        <translation>no es un archivo normal; solo se importan archivos normales</translation>
    </message>
    <message>
        <source>is larger than {most} MB</source>
        <translation>ocupa más de {most} MB</translation>
    </message>
    <message>
        <source>is a symbolic link; only regular files are read</source>
        <translation>es un enlace simbólico; solo se leen archivos normales</translation>
    </message>
    <message>
        <source>is a symbolic link; a folder that is a link is not read</source>
        <translation>es un enlace simbólico; una carpeta que es un enlace no se lee</translation>
    </message>
    <message>
        <source>is a symbolic link; only regular files are imported</source>
        <translation>es un enlace simbólico; solo se importan archivos normales</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a socket or a device); only regular files are imported</source>
        <translation>no es un archivo normal (es una tubería, un socket o un dispositivo); solo se importan archivos normales</translation>
    </message>
    <message>
        <source>is not a readable tar archive ({reason})</source>
        <translation>no es un archivo tar legible ({reason})</translation>
    </message>
    <message>
        <source>is damaged ({reason}); nothing of it is imported</source>
        <translation>está dañado ({reason}); no se importa nada de él</translation>
    </message>
    <message>
        <source>is refused: {reason}; nothing of it is imported</source>
        <translation>se rechaza: {reason}; no se importa nada de él</translation>
    </message>
    <message>
        <source>member {name} has an absolute path</source>
        <translation>el miembro {name} tiene una ruta absoluta</translation>
    </message>
    <message>
        <source>{name} would be extracted to {path}, which is outside the destination</source>
        <translation>{name} se extraería en {path}, que está fuera del destino</translation>
    </message>
    <message>
        <source>{name} is a special file</source>
        <translation>{name} es un archivo especial</translation>
    </message>
    <message>
        <source>{name} is a link to an absolute path</source>
        <translation>{name} es un enlace a una ruta absoluta</translation>
    </message>
    <message>
        <source>{name} would link to {path}, which is outside the destination</source>
        <translation>{name} enlazaría con {path}, que está fuera del destino</translation>
    </message>
    <message>
        <source>has an absolute path; only paths inside the archive are read</source>
        <translation>tiene una ruta absoluta; solo se leen rutas dentro del archivo comprimido</translation>
    </message>
    <message>
        <source>is refused: {kind} ({reason})</source>
        <translation>se rechaza: {kind} ({reason})</translation>
    </message>
    <message>
        <source>is a link or special file; only regular files are imported</source>
        <translation>es un enlace o un archivo especial; solo se importan archivos normales</translation>
    </message>
    <message>
        <source>is a sparse file; only regular files are imported</source>
        <translation>es un archivo disperso; solo se importan archivos normales</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is not an XML file, a folder or a tar archive</source>
        <translation>no es un archivo XML, ni una carpeta, ni un archivo tar</translation>
    </message>
    <message>
        <source>is not listed in the library&apos;s {manifest}</source>
        <translation>no figura en el {manifest} de la biblioteca</translation>
    </message>
    <message>
        <source>is listed in the library&apos;s {manifest} but missing</source>
        <translation>figura en el {manifest} de la biblioteca, pero falta</translation>
    </message>
    <message>
        <source>is not a regular file inside the library, so it is not read</source>
        <translation>no es un archivo normal dentro de la biblioteca, así que no se lee</translation>
    </message>
    <message>
        <source>does not match its SHA-256 in the library&apos;s {manifest}: it was changed or damaged after import, so it is not shown; importing NCI&apos;s files again repairs it</source>
        <translation>no coincide con su SHA-256 en el {manifest} de la biblioteca: se modificó o se dañó después de importarse, así que no se muestra; volver a importar los archivos del NCI lo repara</translation>
    </message>
    <message>
        <source>cannot be read ({reason}): the library cannot be checked</source>
        <translation>no se puede leer ({reason}): no se puede comprobar la biblioteca</translation>
    </message>
    <message>
        <source>is not UTF-8 text: the library cannot be checked</source>
        <translation>no es texto UTF-8: no se puede comprobar la biblioteca</translation>
    </message>
    <message>
        <source>is not in &apos;sha256  kind/name&apos; form</source>
        <translation>no tiene la forma &apos;sha256  tipo/nombre&apos;</translation>
    </message>
    <message>
        <source>cannot be read as JSON</source>
        <translation>no se puede leer como JSON</translation>
    </message>
    <message>
        <source>{reason}: the import date and what changed at the last update are not shown; import again to repair it</source>
        <translation>{reason}: no se muestran la fecha de importación ni lo que cambió en la última actualización; vuelva a importar para repararlo</translation>
    </message>
    <message>
        <source>is not a JSON object: the import date and what changed are not shown; import again to repair it</source>
        <translation>no es un objeto JSON: no se muestran la fecha de importación ni lo que cambió; vuelva a importar para repararlo</translation>
    </message>
    <message>
        <source>the import is done (the library&apos;s CURRENT names its new generation, {generation}), but reading that generation back afterwards failed: {problem}. The generations before it are kept; importing the same files again checks and repairs the library</source>
        <translation>la importación está hecha (el archivo CURRENT de la biblioteca nombra su nueva generación, {generation}), pero después falló la lectura de esa generación: {problem}. Se conservan las generaciones anteriores; importar de nuevo los mismos archivos comprueba y repara la biblioteca</translation>
    </message>
    <message>
        <source>is a folder, not the file naming the library&apos;s generation</source>
        <translation>es una carpeta, no el archivo que nombra la generación de la biblioteca</translation>
    </message>
    <message>
        <source>names &apos;{name}&apos;, which is not a library generation</source>
        <translation>nombra &apos;{name}&apos;, que no es una generación de la biblioteca</translation>
    </message>
    <message>
        <source>is named by the library&apos;s CURRENT file but is not a folder in it</source>
        <translation>lo nombra el archivo CURRENT de la biblioteca, pero no es una carpeta de ella</translation>
    </message>
    <message>
        <source>is not listed in the library&apos;s {manifest}: it was added after import, so it is not shown</source>
        <translation>no figura en el {manifest} de la biblioteca: se añadió después de la importación, así que no se muestra</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>{reason}; the newest complete generation, {name}, imported {when}, is read instead (the next import repairs CURRENT)</source>
        <translation>{reason}; en su lugar se lee la generación completa más reciente, {name}, importada el {when} (la próxima importación repara CURRENT)</translation>
    </message>
    <message>
        <source>{reason}; the newest complete generation, {name}, is read instead (the next import repairs CURRENT)</source>
        <translation>{reason}; en su lugar se lee la generación completa más reciente, {name} (la próxima importación repara CURRENT)</translation>
    </message>
    <message>
        <source>could not be opened ({error})</source>
        <translation>no se pudo abrir ({error})</translation>
    </message>
    <message>
        <source>your own library is not shown: this computer&apos;s library at {folder} is shown instead</source>
        <translation>no se muestra su propia biblioteca: en su lugar se muestra la biblioteca de esta computadora, en {folder}</translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <source>Content problems</source>
        <translation>Problemas de contenido</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with the library:</source>
        <translation>
            <numerusform>%n problema con la biblioteca:</numerusform>
            <numerusform>%n problemas con la biblioteca:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Summary text</source>
        <translation>Texto del sumario</translation>
    </message>
    <message>
        <source>The text of the summary. {tab} moves between links; {enter} opens one.</source>
        <translation>El texto del sumario. {tab} pasa de un enlace a otro; {enter} abre uno.</translation>
    </message>
    <message>
        <source>reference link</source>
        <translation>enlace a una referencia</translation>
    </message>
    <message>
        <source>definition link</source>
        <translation>enlace a una definición</translation>
    </message>
    <message>
        <source>link in this summary</source>
        <translation>enlace dentro de este sumario</translation>
    </message>
    <message>
        <source>link to another summary</source>
        <translation>enlace a otro sumario</translation>
    </message>
    <message>
        <source>web link, not opened here</source>
        <translation>enlace web, no se abre aquí</translation>
    </message>
</context>
<context>
    <name>RecentSummaries</name>
    <message>
        <source>Recently &amp;Opened</source>
        <translation>Abiertos re&amp;cientemente</translation>
    </message>
    <message>
        <source>No summaries opened yet</source>
        <translation>Todavía no se abrió ningún sumario</translation>
    </message>
</context>
<context>
    <name>SearchHints</name>
    <message>
        <source>Only the first {count} characters were searched.</source>
        <translation>Solo se buscaron los primeros {count} caracteres.</translation>
    </message>
    <message>
        <source>Only the first {count} words were searched.</source>
        <translation>Solo se buscaron las primeras {count} palabras.</translation>
    </message>
    <message>
        <source>Word starts (word*) need {letters} letters, at most {most} in one search; the others were searched as whole words.</source>
        <translation>Los comienzos de palabra (palabra*) necesitan {letters} letras, y como máximo {most} en una búsqueda; los demás se buscaron como palabras completas.</translation>
    </message>
    <message>
        <source>Left out as too common: {words} (in “quotes” a phrase keeps them).</source>
        <translation>Se omitieron por ser demasiado comunes: {words} (entre “comillas”, una frase las conserva).</translation>
    </message>
    <message>
        <source>Add a word to search for: a search cannot consist of exclusions only.</source>
        <translation>Añada una palabra que buscar: una búsqueda no puede consistir solo en exclusiones.</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Escriba una palabra que buscar (letras o cifras).</translation>
    </message>
    <message>
        <source>That search could not be run; try fewer or simpler words.</source>
        <translation>No se pudo hacer esa búsqueda; pruebe con menos palabras o con palabras más sencillas.</translation>
    </message>
    <message>
        <source>Each word occurs in the library, but not all of them in one passage.</source>
        <translation>Cada palabra aparece en la biblioteca, pero no todas en un mismo pasaje.</translation>
    </message>
</context>
<context>
    <name>SearchMessages</name>
    <message>
        <source>Show more results</source>
        <translation>Mostrar más resultados</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first. More: “{show_more}”, the list&apos;s last row.</source>
        <translation>
            <numerusform>%n resultado, el mejor primero. Más: «{show_more}», la última fila de la lista.</numerusform>
            <numerusform>%n resultados, los mejores primero. Más: «{show_more}», la última fila de la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No results in this summary — %n result(s) in the library.</source>
        <translation>
            <numerusform>Sin resultados en este sumario — %n resultado en la biblioteca.</numerusform>
            <numerusform>Sin resultados en este sumario — %n resultados en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>No results: “{word}” does not occur in the library.</source>
        <translation>Sin resultados: «{word}» no aparece en la biblioteca.</translation>
    </message>
    <message>
        <source>A similar word that does: {word}.</source>
        <translation>Una palabra parecida que sí aparece: {word}.</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>Sin resultados para «{query}».</translation>
    </message>
    <message numerus="yes">
        <source> and %n other name(s)</source>
        <translation>
            <numerusform> y %n nombre más</numerusform>
            <numerusform> y %n nombres más</numerusform>
        </translation>
    </message>
    <message>
        <source>Also matched its other names: %1.</source>
        <translation>También coincidieron sus otros nombres: %1.</translation>
    </message>
    <message>
        <source>Also searched for its other names: %1.</source>
        <translation>También se buscaron sus otros nombres: %1.</translation>
    </message>
    <message>
        <source>Also matched: %1 (“%2”: %3 of %4).</source>
        <translation>También coincidió: %1 («%2»: %3 de %4).</translation>
    </message>
    <message>
        <source>Also searched for: %1 (“%2”: %3 of %4).</source>
        <translation>También se buscó: %1 («%2»: %3 de %4).</translation>
    </message>
    <message>
        <source>“%1” names more than one drug, so it was searched only as typed.</source>
        <translation>«%1» nombra más de un medicamento, así que se buscó solo tal como se escribió.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Find in this summary</source>
        <translation>Buscar en este sumario</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Search the library ({key})</source>
        <translation>Buscar en la biblioteca ({key})</translation>
    </message>
    <message>
        <source>Find in this summary ({key})</source>
        <translation>Buscar en este sumario ({key})</translation>
    </message>
    <message>
        <source>Search the library ({library}), or find in this summary ({summary}). &quot;Quotes&quot; for a phrase, word* for a prefix, -word to exclude, OR for either.</source>
        <translation>Busque en la biblioteca ({library}) o en este sumario ({summary}). &quot;Comillas&quot; para una frase, palabra* para un prefijo, -palabra para excluir, OR para una u otra.</translation>
    </message>
    <message>
        <source>Only the open summary</source>
        <translation>Solo el sumario abierto</translation>
    </message>
    <message>
        <source>Search only the summary you are reading, not the whole library.</source>
        <translation>Busca solo en el sumario que está leyendo, no en toda la biblioteca.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>How many results the search found, or why it found none.</source>
        <translation>Cuántos resultados encontró la búsqueda, o por qué no encontró ninguno.</translation>
    </message>
    <message>
        <source>Hit counter</source>
        <translation>Contador de coincidencias</translation>
    </message>
    <message>
        <source>Which search hit in the text is current, of how many.</source>
        <translation>Qué coincidencia de la búsqueda en el texto es la actual, y de cuántas.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Press {key} to open a result.</source>
        <translation>Pulse {key} para abrir un resultado.</translation>
    </message>
    <message>
        <source>{show_more}: press {key} to list the next results</source>
        <translation>{show_more}: pulse {key} para listar los resultados siguientes</translation>
    </message>
    <message>
        <source>{next}: next hit · {previous}: previous hit · {clear}: clear the marks</source>
        <translation>{next}: siguiente coincidencia · {previous}: coincidencia anterior · {clear}: quitar las marcas</translation>
    </message>
    <message>
        <source>That search could not be run: %1</source>
        <translation>No se pudo hacer esa búsqueda: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more result(s): {message}</source>
        <translation>
            <numerusform>%n resultado más: {message}</numerusform>
            <numerusform>%n resultados más: {message}</numerusform>
        </translation>
    </message>
    <message>
        <source>Hit {current} of {total}</source>
        <translation>Coincidencia {current} de {total}</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>The sections of the bundled summaries. Press {key} to go to a section.</source>
        <translation>Las secciones de los sumarios. Pulse {key} para ir a una sección.</translation>
    </message>
    <message numerus="yes">
        <source>{group}: %n summary(s)</source>
        <translation>
            <numerusform>{group}: %n sumario</numerusform>
            <numerusform>{group}: %n sumarios</numerusform>
        </translation>
    </message>
    <message>
        <source>changed in the update from {date}</source>
        <translation>cambió en la actualización del {date}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings cannot be saved: {folder} cannot be written. Text size, theme and your place are kept only until you close the viewer.</source>
        <translation>No se pueden guardar sus ajustes: no se puede escribir en {folder}. El tamaño del texto, el tema y el lugar donde está leyendo se conservan solo hasta que cierre el visor.</translation>
    </message>
    <message>
        <source>The settings file could not be read; it was set aside as {backup} and defaults are used.</source>
        <translation>No se pudo leer el archivo de ajustes; se apartó como {backup} y se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings file could not be read; defaults are used.</source>
        <translation>No se pudo leer el archivo de ajustes; se usan los valores predeterminados.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Move between links in the text</source>
        <translation>Pasar de un enlace a otro en el texto</translation>
    </message>
    <message>
        <source>Open a link or citation</source>
        <translation>Abrir un enlace o una cita</translation>
    </message>
    <message>
        <source>Close a reference popover</source>
        <translation>Cerrar la ventana emergente de una referencia</translation>
    </message>
    <message>
        <source>Go to the section chosen in the tree</source>
        <translation>Ir a la sección elegida en el árbol</translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation>Texto más grande o más pequeño</translation>
    </message>
    <message>
        <source>{ctrl}+mouse wheel</source>
        <translation>{ctrl}+rueda del ratón</translation>
    </message>
    <message>
        <source>{enter} / {shift_enter} in the search box</source>
        <translation>{enter} / {shift_enter}</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>Del cuadro de búsqueda a los resultados</translation>
    </message>
    <message>
        <source>From the library filter to the titles</source>
        <translation>Del filtro de la biblioteca a los títulos</translation>
    </message>
    <message>
        <source>Search at once; then next / previous hit</source>
        <translation>En la búsqueda: buscar en el acto; luego coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>En el texto</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SummaryDetails</name>
    <message>
        <source>{url} (not opened: this viewer is offline)</source>
        <translation>{url} (no se abre: este visor funciona sin conexión)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Título abreviado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>First published</source>
        <translation>Primera publicación</translation>
    </message>
    <message>
        <source>Editorial board</source>
        <translation>Consejo editorial</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Main topics</source>
        <translation>Temas principales</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicado en</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Content notice</source>
        <translation>Aviso sobre el contenido</translation>
    </message>
    <message>
        <source>Summary Details</source>
        <translation>Detalles del sumario</translation>
    </message>
</context>
<context>
    <name>SummaryHeader</name>
    <message>
        <source>Summary details</source>
        <translation>Datos del sumario</translation>
    </message>
    <message>
        <source>The summary&apos;s title, audience, last-updated date and source.</source>
        <translation>El título, el público, la fecha de actualización y la fuente del sumario.</translation>
    </message>
    <message>
        <source>How current this summary is</source>
        <translation>Qué tan actual es este sumario</translation>
    </message>
    <message>
        <source>About this edition</source>
        <translation>Sobre esta edición</translation>
    </message>
    <message>
        <source>Shows or hides what this edition of the summary holds</source>
        <translation>Muestra u oculta qué contiene esta edición del sumario</translation>
    </message>
    <message>
        <source>Sections added, removed and changed at the last update</source>
        <translation>Secciones añadidas, eliminadas y cambiadas en la última actualización</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Citar</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copiar la cita</translation>
    </message>
    <message>
        <source>Copy NCI&apos;s preferred citation of this summary ({key})</source>
        <translation>Copia la cita de este sumario que prefiere el NCI ({key})</translation>
    </message>
    <message>
        <source>Copies NCI&apos;s preferred citation of this summary, with its date</source>
        <translation>Copia la cita de este sumario que prefiere el NCI, con su fecha</translation>
    </message>
    <message>
        <source>Content notice:</source>
        <translation>Aviso sobre el contenido:</translation>
    </message>
</context>
<context>
    <name>SummaryOpener</name>
    <message>
        <source>Opening “%1”…</source>
        <translation>Abriendo «%1»…</translation>
    </message>
</context>
<context>
    <name>SummaryVersions</name>
    <message>
        <source>&amp;Versions of This Summary</source>
        <translation>&amp;Versiones de este sumario</translation>
    </message>
    <message>
        <source>No other version of this summary in the library</source>
        <translation>No hay otra versión de este sumario en la biblioteca</translation>
    </message>
    <message>
        <source>No summary is open</source>
        <translation>No hay ningún sumario abierto</translation>
    </message>
    <message>
        <source>This summary has no other version in the library</source>
        <translation>Este sumario no tiene otra versión en la biblioteca</translation>
    </message>
    <message>
        <source>the section of the same title</source>
        <translation>la sección del mismo título</translation>
    </message>
    <message>
        <source>the same place in its outline, which the two versions share</source>
        <translation>el mismo lugar en su esquema, que comparten las dos versiones</translation>
    </message>
    <message>
        <source>%1: opened at “%2”, %3.</source>
        <translation>%1: se abrió en «%2», %3.</translation>
    </message>
    <message>
        <source>%1: opened at “%2”; it has no section matching “%3”, so the one enclosing it.</source>
        <translation>%1: se abrió en «%2»; no tiene ninguna sección que corresponda a «%3», así que se abrió la que la contiene.</translation>
    </message>
    <message>
        <source>%1: opened at its start; it has no section matching “%2”.</source>
        <translation>%1: se abrió al principio; no tiene ninguna sección que corresponda a «%2».</translation>
    </message>
    <message>
        <source>%1: opened at its start.</source>
        <translation>%1: se abrió al principio.</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>S&amp;epia</translation>
    </message>
    <message>
        <source>&amp;System (Light or Dark)</source>
        <translation>&amp;Sistema (claro u oscuro)</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>Patient version — %1</source>
        <translation>Versión para pacientes — %1</translation>
    </message>
    <message>
        <source>Health professional — %1</source>
        <translation>Profesionales de salud — %1</translation>
    </message>
</context>
<context>
    <name>VersionsLink</name>
    <message>
        <source>Other versions of this summary</source>
        <translation>Otras versiones de este sumario</translation>
    </message>
    <message>
        <source>Other versions: %1</source>
        <translation>Otras versiones: %1</translation>
    </message>
    <message>
        <source>Opens the same topic for another audience or in another language</source>
        <translation>Abre el mismo tema para otro público o en otro idioma</translation>
    </message>
</context>
<context>
    <name>WebAddress</name>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>This viewer works offline and does not open web addresses.

{address}

Open it on a computer with internet access.</source>
        <translation>Este visor funciona sin conexión y no abre direcciones web.

{address}

Ábrala en una computadora con acceso a internet.</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copiar la dirección</translation>
    </message>
</context>
</TS>
