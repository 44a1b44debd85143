"""Spanish, as cancer.gov writes it in its Spanish PDQ pages ("Bibliografía", "Actualización:",
"Versión para profesionales de salud"): the words the reader inserts into a Spanish summary."""
from .words import Words

WORDS = Words(
    code="es",
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"),
    date="{day} de {month} de {year}",
    today="hoy",
    in_the_future="con fecha futura",
    ago="hace {count} {unit}",
    units={"day": ("día", "días"), "week": ("semana", "semanas"), "month": ("mes", "meses"), "year": ("año", "años")},

    last_updated="Actualización: {date} ({age})",
    source="Fuente: {source}",
    publisher="Instituto Nacional del Cáncer (NCI), PDQ®",
    audiences={"Health Professional": "Versión para profesionales de salud", "Patient": "Versión para pacientes"},
    kinds={"treatment": "Tratamiento", "supportive care": "Cuidados médicos de apoyo",
           "screening": "Exámenes de detección", "prevention": "Prevención", "genetics": "Genética",
           "complementary and alternative medicine": "Medicina complementaria y alternativa",
           "integrative, alternative, and complementary therapies": "Terapias integrales, alternativas y complementarias",
           "drug information": "Información sobre medicamentos"},
    what_changed_since="Cambios desde el {date}…",

    out_of_date="¿Desactualizado?",
    library_stale=("La biblioteca se actualizó por última vez el {date} ({age}); el NCI actualiza estos sumarios "
                   "cada semana. Para leer el texto vigente, {what_to_do}."),
    summary_stale=("Este sumario se actualizó por última vez el {date} ({age}). Es posible que no refleje la "
                   "evidencia actual; para saber si hay una versión más reciente, {what_to_do}."),
    summary_stale_too=("Este sumario se actualizó por última vez el {date} ({age}) y es posible que no refleje la "
                       "evidencia actual."),
    what_to_do="pida a su servicio informático que importe la distribución vigente del PDQ del NCI",

    references="Bibliografía",
    references_of="Bibliografía ({section})",
    reference_title="Referencia {numbers}",
    not_in_library="[no está en esta biblioteca]",
    figure_missing="Figura que no está en esta biblioteca",
    video_missing="Video que no está en esta biblioteca (este visor no reproduce videos)",
    no_reference="sin referencia",
    image_description="Descripción de la imagen: {alt}",
    untitled_section="(sección sin título)",

    attribution=("Fuente: {title}, versión para {audience}, Instituto Nacional del Cáncer (NCI){board}. "
                 "El texto del PDQ lo produce el NCI y es de dominio público."),
    attribution_audiences={"Health Professional": "profesionales de salud", "Patient": "pacientes"},
    updated_footer="Actualización: {date}",
    about_edition="Acerca de esta edición:",
    printed_from="Impreso con Clinic Reference Viewer el {date}.",
    page_number="Página {page} de {pages}",
    # as cancer.gov cites its Spanish summaries (NCI's name and the US dates as NCI writes them)
    citation=("{board}PDQ {title}. Bethesda, MD: National Cancer Institute. Actualización: {updated}.{where} "
              "Fecha de acceso: {accessed}."),
    citation_available=" Disponible en: {url}.",
    references_title="Referencias {numbers}",
    words_to_know="Palabras para saber",
    copied_source="Fuente: {title}, {section}, actualización: {date}",

    definition_of="Definición de {term}",
    definition_for="Definición para: {audience}",
    all_readers="todos los lectores",
    dictionary="(diccionario {dictionary})",
    nci_dictionary="diccionario PDQ® del NCI",
    no_definition="Esta entrada del diccionario no tiene definición.",
    definition_missing="Definición que no está en esta biblioteca",
    definition_missing_why=("La definición de este término no está en esta biblioteca: su entrada en el diccionario "
                            "PDQ del NCI no se importó. Al importar los archivos del diccionario del NCI "
                            "(GlossaryTerm) se agrega."),
    definition_in_english="Este término no tiene definición en español; se muestra la definición en inglés.",
    image_missing="Imagen que no está en esta biblioteca",
    definition_audiences={"patient": "pacientes", "health professional": "profesionales de salud"},
    other_names="Otros nombres:",
    more_names=" y {count} más",
    drug_title="Medicamento: {name}",
    drug_missing="Medicamento que no está en esta biblioteca",
    drug_missing_why=("Los nombres y la definición de este medicamento no están en esta biblioteca: no se importó su "
                      "documento Term del NCI. Importar los archivos Term del NCI los agrega."),
    drug_definition_missing=("Su definición no está en esta biblioteca: no se importó el documento Term del NCI de este "
                             "medicamento."),
    drug_dictionary="Diccionario de medicamentos del NCI (término PDQ® {id})",
    drug_brand_names="Nombre(s) comercial(es) en EE. UU.",
    drug_fda_approved="Aprobado por la FDA",

    changes_heading="Cambios desde el {date}",
    changes_versions="La versión del {now} comparada con la del {since} que esta biblioteca tenía antes.",
    changes_inserted="Las palabras agregadas están {underlined}; las eliminadas, {struck}.",
    changes_underlined="subrayadas",
    changes_struck="tachadas",
    changes_none="No cambió el texto de ninguna sección.",
    changes_only_details="No cambió el texto de ninguna sección (cambiaron la fecha o los datos del sumario).",
    changes_sections={"added": "Secciones agregadas ({count})", "removed": "Secciones eliminadas ({count})",
                      "changed": "Secciones modificadas ({count})"},
    changes_earlier_missing="La versión anterior no está en la biblioteca: solo se conoce el nombre de la sección.",
    changes_title="Título:",
    changes_too_long="(demasiado largo para compararlo palabra por palabra: se muestra entero)",
    change_nouns={"section": ("sección", "secciones"), "paragraph": ("párrafo", "párrafos")},
    change_verbs={"section": {"changed": ("modificada", "modificadas"), "added": ("agregada", "agregadas"),
                              "removed": ("eliminada", "eliminadas")},
                  "paragraph": {"changed": ("modificado", "modificados"), "added": ("agregado", "agregados"),
                                "removed": ("eliminado", "eliminados")}},

    # NCI, "Grados de comprobación científica de los estudios sobre el tratamiento del cáncer en
    # adultos y niños (PDQ®)–Versión para profesionales de salud"
    loe_name="Grado de comprobación {code}",
    loe_design="Diseño del estudio",
    loe_endpoint="Criterio de valoración",
    loe_designs={
        "1": ("Ensayo clínico controlado aleatorizado", {"i": "con doble enmascaramiento",
                                                           "ii": "administración del tratamiento sin enmascaramiento"}),
        "2": ("Ensayo clínico controlado no aleatorizado", {}),
        "3": ("Serie de casos", {"i": "serie poblacional consecutiva", "ii": "casos consecutivos (sin base poblacional)",
                                 "iii": "casos no consecutivos"}),
    },
    loe_endpoints={
        "A": ("Mortalidad total (o supervivencia general desde un momento determinado)", {}),
        "B": ("Mortalidad por una causa específica (o mortalidad por una causa específica desde un momento "
              "determinado)", {}),
        "C": ("Calidad de vida evaluada con cuidado", {}),
        "D": ("Medida indirecta", {"i": "supervivencia sin complicaciones", "ii": "supervivencia sin enfermedad",
                                   "iii": "supervivencia sin progresión", "iv": "tasa de respuesta tumoral"}),
    },
    loe_earlier=("Los códigos escritos con el sistema anterior del NCI numeran las medidas indirectas sin la "
                 "supervivencia sin complicaciones: Di supervivencia sin enfermedad, Dii supervivencia sin "
                 "progresión, Diii tasa de respuesta tumoral."),
    loe_not_a_code="no es un código del sistema del NCI que este visor conozca",
    loe_not_a_subdivision="{words}; «{sub}» no es una subdivisión que este visor conozca",
    loe_summary=("Grados de comprobación científica de los estudios sobre el tratamiento del cáncer en adultos "
                 "y niños (PDQ®)"),
    loe_source=("La explicación completa está en el sumario del NCI «{summary}». La entrada del diccionario para "
                "este grado no está en esta biblioteca."),

    handout_not_in_dictionary=("La definición de otra palabra marcada en el texto no está en el diccionario de esta "
                               "biblioteca.",
                               "Las definiciones de otras {count} palabras marcadas en el texto no están en el "
                               "diccionario de esta biblioteca."),
    handout_summary_stale=("Este texto se actualizó por última vez el {date}, hace más de un año, y es posible que "
                           "no refleje la evidencia actual."),
    handout_library_stale=("Esta copia proviene de una biblioteca actualizada por última vez el {date}; es posible "
                           "que el NCI haya cambiado el texto desde entonces."),
    handout_current_at="La versión actual está en {url}.",
    handout_adapted=("Adaptado del sumario del PDQ® sobre el cáncer del Instituto Nacional del Cáncer (NCI) "
                     "“{title}” (versión para pacientes, actualización: {date}): esta hoja contiene una de sus "
                     "secciones; el sumario completo está en {url}. El texto del PDQ lo produce el NCI y es de "
                     "dominio público."),
    handout_file="hoja para el paciente",
    handout_home="www.cancer.gov/espanol",
)
