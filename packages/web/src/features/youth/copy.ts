import { defineMessages } from '@harbor/core';

/**
 * Copy of the youth pages: my youth and the search, a new record, a youth's record, care team, break-glass.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const youthCopy = defineMessages({
  'youth.fieldClass.identity': { en: 'Identity', es: 'Identidad' },
  'youth.fieldClass.protocol': { en: 'Protocol', es: 'Protocolo' },
  'youth.fieldClass.contact': { en: 'Contact and placement', es: 'Contacto y ubicación' },
  'youth.fieldClass.clinical': { en: 'Clinical', es: 'Clínico' },

  'youth.gender.girl': { en: 'Girl', es: 'Niña o joven mujer' },
  'youth.gender.boy': { en: 'Boy', es: 'Niño o joven varón' },
  'youth.gender.transgender': { en: 'Transgender', es: 'Transgénero' },
  'youth.gender.nonbinary': { en: 'Nonbinary', es: 'No binario' },
  'youth.gender.another': { en: 'Another identity', es: 'Otra identidad' },
  'youth.gender.not_disclosed': { en: 'Prefers not to say', es: 'Prefiere no decirlo' },

  'youth.placement.home_parent': { en: 'At home with a parent', es: 'En casa con su madre o padre' },
  'youth.placement.relative': { en: 'With a relative', es: 'Con un familiar' },
  'youth.placement.foster_home': { en: 'Foster home', es: 'Hogar de crianza' },
  'youth.placement.group_home_strtp': {
    en: 'Group home (STRTP)',
    es: 'Hogar grupal (STRTP)',
  },
  'youth.placement.shelter': { en: 'Shelter', es: 'Albergue' },
  'youth.placement.homeless_runaway': {
    en: 'Homeless or runaway',
    es: 'Sin hogar o fugado',
  },
  'youth.placement.detention': { en: 'Juvenile detention', es: 'Detención juvenil' },
  'youth.placement.other': { en: 'Other', es: 'Otro' },

  'youth.identifier.dcfs_case': { en: 'DCFS case number', es: 'Número de caso de DCFS' },
  'youth.identifier.probation': { en: 'Probation number', es: 'Número de libertad condicional' },
  'youth.identifier.court': { en: 'Court case number', es: 'Número de caso judicial' },
  'youth.identifier.other': { en: 'Other number', es: 'Otro número' },

  // The web app's youth pages.
  'youthPage.list.title': { en: 'Youth', es: 'Jóvenes' },
  'youthPage.nav': { en: 'Youth', es: 'Jóvenes' },
  'youthPage.name': { en: 'Name', es: 'Nombre' },
  'youthPage.birth': { en: 'Date of birth or age', es: 'Fecha de nacimiento o edad' },
  'youthPage.updated': { en: 'Last changed', es: 'Último cambio' },
  'youthPage.knownAs': { en: 'Also known as {names}', es: 'También conocido como {names}' },
  'youthPage.aboutAge': { en: 'About {age} years old', es: 'Unos {age} años' },
  'youthPage.choose': { en: '- Select -', es: '- Seleccione -' },
  'youthPage.backToList': { en: 'Back to youth', es: 'Volver a jóvenes' },
  'youthPage.search.heading': { en: 'Find a youth', es: 'Buscar a un joven' },
  'youthPage.search.intro': {
    en: 'Search by a name the youth uses (legal name, alias or street name), a date of birth, or both. Spelling accents, capitals and spaces do not matter.',
    es: 'Busque por un nombre que use el joven (nombre legal, alias o apodo de la calle), una fecha de nacimiento o ambos. No importan los acentos, las mayúsculas ni los espacios.',
  },
  'youthPage.search.name': { en: 'Name', es: 'Nombre' },
  'youthPage.search.dob': { en: 'Date of birth', es: 'Fecha de nacimiento' },
  'youthPage.search.submit': { en: 'Search', es: 'Buscar' },
  'youthPage.search.needOne': {
    en: 'Enter a name or a date of birth.',
    es: 'Escriba un nombre o una fecha de nacimiento.',
  },
  'youthPage.search.none': {
    en: 'No youth on your care teams matches.',
    es: 'Ningún joven de sus equipos de atención coincide.',
  },
  'youthPage.search.caption': { en: 'Youth you may open', es: 'Jóvenes que puede abrir' },
  'youthPage.search.elsewhere': {
    en: 'Other agencies know youth who match. Harbor shows you only whom to contact:',
    es: 'Otras agencias conocen a jóvenes que coinciden. Harbor solo le muestra a quién contactar:',
  },
  'youthPage.search.agencyCount': {
    en: '{agency}: {count, plural, one {# youth} other {# youth}}',
    es: '{agency}: {count, plural, one {# joven} other {# jóvenes}}',
  },
  'youthPage.mine.heading': { en: 'My youth', es: 'Mis jóvenes' },
  'youthPage.mine.caption': {
    en: 'Youth on your care teams, most recently changed first',
    es: 'Jóvenes de sus equipos de atención, los cambiados más recientemente primero',
  },
  'youthPage.mine.empty': {
    en: 'You are not on any youth’s care team yet.',
    es: 'Todavía no forma parte del equipo de atención de ningún joven.',
  },
  'youthPage.mine.more': { en: 'Show more', es: 'Mostrar más' },
  'youthPage.new.button': { en: 'New youth record', es: 'Nuevo registro de joven' },
  'youthPage.new.title': { en: 'New youth record', es: 'Nuevo registro de joven' },
  'youthPage.new.intro': {
    en: 'Only the legal name is required; add what you know now and the rest later. Names, dates of birth, numbers and contacts are stored encrypted. You join the youth’s care team.',
    es: 'Solo el nombre legal es obligatorio; agregue lo que sepa ahora y el resto después. Los nombres, las fechas de nacimiento, los números y los contactos se guardan cifrados. Usted pasa a formar parte del equipo de atención del joven.',
  },
  'youthPage.new.submit': { en: 'Create the record', es: 'Crear el expediente' },
  'youthPage.section.identity': { en: 'Who the youth is', es: 'Quién es el joven' },
  'youthPage.section.placement': { en: 'Where the youth lives now', es: 'Dónde vive ahora el joven' },
  'youthPage.section.record': { en: 'Record', es: 'Registro' },
  'youthPage.section.screenings': { en: 'Screenings', es: 'Evaluaciones' },
  'youthPage.section.team': { en: 'Care team', es: 'Equipo de atención' },
  'youthPage.field.given': { en: 'Legal given name', es: 'Nombre legal' },
  'youthPage.field.family': { en: 'Legal family name', es: 'Apellido legal' },
  'youthPage.field.namesUsed': { en: 'Other names used', es: 'Otros nombres que usa' },
  'youthPage.field.namesUsedHint': {
    en: 'Aliases and street names, one per line or separated by commas.',
    es: 'Alias y apodos de la calle, uno por línea o separados por comas.',
  },
  'youthPage.field.dateOfBirth': { en: 'Date of birth', es: 'Fecha de nacimiento' },
  'youthPage.field.estimatedAge': { en: 'Estimated age (years)', es: 'Edad estimada (años)' },
  'youthPage.field.estimatedAgeHint': {
    en: 'Only when the date of birth is not known.',
    es: 'Solo cuando no se conoce la fecha de nacimiento.',
  },
  'youthPage.field.gender': { en: 'Gender identity', es: 'Identidad de género' },
  'youthPage.field.pronouns': { en: 'Pronouns', es: 'Pronombres' },
  'youthPage.field.language': { en: 'Preferred language', es: 'Idioma preferido' },
  'youthPage.field.languageHint': {
    en: 'The language the youth is most at ease in, for interpreters and written materials.',
    es: 'El idioma en el que la persona joven se siente más cómoda, para intérpretes y materiales escritos.',
  },
  'youthPage.language.en': { en: 'English', es: 'inglés' },
  'youthPage.language.es': { en: 'Spanish', es: 'español' },
  'youthPage.language.ar': { en: 'Arabic', es: 'árabe' },
  'youthPage.language.hy': { en: 'Armenian', es: 'armenio' },
  'youthPage.language.yue': { en: 'Cantonese', es: 'cantonés' },
  'youthPage.language.cmn': { en: 'Mandarin', es: 'mandarín' },
  'youthPage.language.fa': { en: 'Farsi (Persian)', es: 'farsi (persa)' },
  'youthPage.language.km': { en: 'Khmer (Cambodian)', es: 'jemer (camboyano)' },
  'youthPage.language.ko': { en: 'Korean', es: 'coreano' },
  'youthPage.language.ru': { en: 'Russian', es: 'ruso' },
  'youthPage.language.tl': { en: 'Tagalog', es: 'tagalo' },
  'youthPage.language.vi': { en: 'Vietnamese', es: 'vietnamita' },
  'youthPage.language.ase': { en: 'American Sign Language', es: 'lengua de señas estadounidense' },
  'youthPage.field.placement': { en: 'Placement or living situation', es: 'Colocación o situación de vivienda' },
  'youthPage.field.placementDetail': { en: 'Details', es: 'Detalles' },
  'youthPage.field.contact': { en: 'Contact ({relationship})', es: 'Contacto ({relationship})' },
  'youthPage.error.heading': {
    en: '{count, plural, one {# thing needs attention} other {# things need attention}}',
    es: '{count, plural, one {# dato requiere atención} other {# datos requieren atención}}',
  },
  'youthPage.error.given': { en: 'Enter the youth’s legal given name.', es: 'Escriba el nombre legal del joven.' },
  'youthPage.error.family': { en: 'Enter the youth’s legal family name.', es: 'Escriba el apellido legal del joven.' },
  'youthPage.error.both': {
    en: 'Give a date of birth or an estimated age, not both.',
    es: 'Indique una fecha de nacimiento o una edad estimada, no ambas.',
  },
  'youthPage.duplicates.heading': {
    en: 'This youth may already be known',
    es: 'Es posible que ya se conozca a este joven',
  },
  'youthPage.duplicates.why': {
    en: 'Most commercially sexually exploited youth are already known to other agencies (85% had earlier child-welfare referrals). Check before creating a second record.',
    es: 'La mayoría de los jóvenes explotados sexualmente con fines comerciales ya son conocidos por otras agencias (el 85 % tuvo referencias previas a bienestar infantil). Verifique antes de crear un segundo registro.',
  },
  'youthPage.duplicates.visible': { en: 'Records you can open:', es: 'Registros que puede abrir:' },
  'youthPage.duplicates.elsewhere': {
    en: 'Records held by other agencies; contact them to coordinate:',
    es: 'Registros de otras agencias; contáctelas para coordinar:',
  },
  'youthPage.duplicates.create': {
    en: 'This is a different youth: create the record',
    es: 'Es otro joven: crear el expediente',
  },
  'youthPage.record.title': { en: 'Youth record', es: 'Registro del joven' },
  'youthPage.record.breakGlass': {
    en: 'You opened this record in an emergency (break-glass). Your access ends after 60 minutes; everything you see is recorded and shown to supervisors.',
    es: 'Abrió este expediente en una emergencia (acceso de emergencia). Su acceso termina a los 60 minutos; todo lo que vea queda registrado y se muestra a supervisores.',
  },
  'youthPage.record.hidden': {
    en: 'Your role does not show these parts of the record: {classes}.',
    es: 'Su rol no muestra estas partes del expediente: {classes}.',
  },
  'youthPage.screenings.start': { en: 'Start a screening', es: 'Iniciar una evaluación' },
  'youthPage.screenings.none': {
    en: 'No screening has been completed for this youth.',
    es: 'No se ha completado ninguna evaluación de este joven.',
  },
  'youthPage.screenings.caption': {
    en: 'Screenings over time, newest first',
    es: 'Evaluaciones a lo largo del tiempo, las más recientes primero',
  },
  'youthPage.screenings.when': { en: 'Completed', es: 'Completada' },
  'youthPage.screenings.level': { en: 'Level of concern', es: 'Nivel de preocupación' },
  'youthPage.screenings.by': { en: 'Completed by', es: 'Completada por' },
  'youthPage.screenings.correction': { en: 'A correction', es: 'Una corrección' },
  'youthPage.screenings.corrected': { en: 'Corrected later', es: 'Corregida después' },
  'youthPage.team.intro': {
    en: 'The people on the care team may see this youth’s records (Welfare and Institutions Code 827). Add someone from another agency with the basis for it.',
    es: 'Las personas del equipo de atención pueden ver los expedientes de este joven (Código de Bienestar e Instituciones 827). Agregue a alguien de otra agencia indicando el fundamento.',
  },
  'youthPage.team.caption': { en: 'Care team members', es: 'Miembros del equipo de atención' },
  'youthPage.team.role': { en: 'Role', es: 'Rol' },
  'youthPage.team.agency': { en: 'Agency', es: 'Agencia' },
  'youthPage.team.basis': { en: 'Basis', es: 'Fundamento' },
  'youthPage.team.since': { en: 'Since', es: 'Desde' },
  'youthPage.team.remove': { en: 'Remove {name}', es: 'Quitar a {name}' },
  'youthPage.team.confirmRemove': {
    en: 'Remove {name} from the care team? They will no longer see this youth’s records.',
    es: '¿Quitar a {name} del equipo de atención? Ya no verá los expedientes de este joven.',
  },
  'youthPage.team.removed': {
    en: '{name} was removed from the care team.',
    es: 'Se quitó a {name} del equipo de atención.',
  },
  'youthPage.team.added': { en: '{name} was added to the care team.', es: 'Se agregó a {name} al equipo de atención.' },
  'youthPage.team.addHeading': { en: 'Add a person', es: 'Agregar a una persona' },
  'youthPage.team.find': { en: 'Name or e-mail', es: 'Nombre o correo electrónico' },
  'youthPage.team.findHint': {
    en: 'In your agency, at least two letters. For someone of another agency, the start of their first and last names (three letters each, e.g. “Tom Bra”) or their whole e-mail address.',
    es: 'En su agencia, al menos dos letras. Para alguien de otra agencia, el comienzo de su nombre y de su apellido (tres letras de cada uno, por ejemplo, “Tom Bra”) o su correo electrónico completo.',
  },
  'youthPage.team.search': { en: 'Find', es: 'Buscar' },
  'youthPage.team.nobody': { en: 'Nobody matches.', es: 'Nadie coincide.' },
  'youthPage.team.person': { en: 'Person', es: 'Persona' },
  'youthPage.team.add': { en: 'Add to the care team', es: 'Agregar al equipo de atención' },
  'youthPage.team.personRequired': {
    en: 'Choose the person to add.',
    es: 'Elija a la persona que quiere agregar.',
  },
  'youthPage.team.basisRequired': {
    en: 'Choose the basis for adding them.',
    es: 'Elija el fundamento para agregarle.',
  },
  'youthPage.basis.creator': { en: 'Opened the record', es: 'Abrió el expediente' },
  'youthPage.basis.court_order': { en: 'Court order', es: 'Orden judicial' },
  'youthPage.basis.mdt': { en: 'Multidisciplinary team', es: 'Equipo multidisciplinario' },
  'youthPage.basis.consent': { en: 'Consent', es: 'Consentimiento' },
  'youthPage.basis.protocol_response': { en: 'Protocol response', es: 'Respuesta del protocolo' },
  'youthPage.missing.title': { en: 'Record not found', es: 'Registro no encontrado' },
  'youthPage.missing.body': {
    en: 'There is no such record, or you are not on this youth’s care team. Ask a member of the care team to add you.',
    es: 'No existe ese registro o usted no forma parte del equipo de atención de este joven. Pida a un miembro del equipo que lo agregue.',
  },
  'youthPage.breakGlass.heading': { en: 'Emergency access', es: 'Acceso de emergencia' },
  'youthPage.breakGlass.explain': {
    en: 'In an emergency you may open the record without being on the care team. Say why. Access lasts 60 minutes, is recorded in the audit trail and is shown to the supervisors of the agencies on the care team.',
    es: 'En una emergencia puede abrir el expediente sin formar parte del equipo de atención. Explique por qué. El acceso dura 60 minutos, queda registrado en la auditoría y se muestra a los supervisores de las agencias del equipo de atención.',
  },
  'youthPage.breakGlass.reason': { en: 'Why you need this record now', es: 'Por qué necesita este expediente ahora' },
  'youthPage.breakGlass.tooShort': {
    en: 'Write at least 20 characters: what is happening and why it cannot wait.',
    es: 'Escriba al menos 20 caracteres: qué ocurre y por qué no puede esperar.',
  },
  'youthPage.breakGlass.submit': { en: 'Open the record for 60 minutes', es: 'Abrir el expediente durante 60 minutos' },

  // The agencies' numbers for a youth (new record and changes).
  'youthPage.identifiers.heading': { en: 'Agency numbers', es: 'Números de las agencias' },
  'youthPage.identifiers.hint': {
    en: 'A DCFS case, probation or court number helps the next agency find the same youth. Add one for each.',
    es: 'Un número de caso de DCFS, de libertad condicional o judicial ayuda a la siguiente agencia a encontrar al mismo joven. Agregue uno por cada número.',
  },
  'youthPage.identifiers.kind': { en: 'Kind of number {n}', es: 'Tipo del número {n}' },
  'youthPage.identifiers.value': { en: 'Number {n}', es: 'Número {n}' },
  'youthPage.identifiers.agency': { en: 'Agency that gave number {n}', es: 'Agencia que dio el número {n}' },
  'youthPage.identifiers.remove': { en: 'Remove number {n}', es: 'Quitar el número {n}' },
  'youthPage.identifiers.add': { en: 'Add an agency number', es: 'Agregar un número de agencia' },
  'youthPage.error.identifierKind': { en: 'Choose the kind of number {n}.', es: 'Elija el tipo del número {n}.' },
  'youthPage.error.identifierValue': { en: 'Enter number {n}.', es: 'Escriba el número {n}.' },
  'youthPage.error.identifierAgency': {
    en: 'Choose the agency that gave number {n}.',
    es: 'Elija la agencia que dio el número {n}.',
  },

  // The youth's page: age, actions, changing the record.
  'youthPage.record.born': {
    en: 'Born {date}, {age, plural, one {# year old} other {# years old}}',
    es: 'Fecha de nacimiento: {date}, {age, plural, one {# año} other {# años}}',
  },
  'youthPage.record.aboutAge': {
    en: '{age, plural, one {About # year old} other {About # years old}} (estimated)',
    es: '{age, plural, one {Alrededor de # año} other {Alrededor de # años}} (estimado)',
  },
  'youthPage.field.age': { en: 'Age', es: 'Edad' },
  'youthPage.actions.heading': { en: 'What you can do', es: 'Qué puede hacer' },
  'youthPage.onThisPage': { en: 'On this page', es: 'En esta página' },
  'youthPage.actions.openResponse': { en: 'Open a response for this youth', es: 'Abrir una respuesta para este joven' },
  'youthPage.actions.edit': { en: 'Change the record', es: 'Cambiar el expediente' },
  'youthPage.actions.print': { en: 'Print the record', es: 'Imprimir el expediente' },
  'youthPage.edit.heading': { en: 'Change the record', es: 'Cambiar el expediente' },
  'youthPage.edit.intro': {
    en: 'You can change the fields your role may see. Nothing is saved until you press Save.',
    es: 'Puede cambiar los campos que su función le permite ver. No se guarda nada hasta que pulse Guardar.',
  },
  'youthPage.edit.save': { en: 'Save the changes', es: 'Guardar los cambios' },
  'youthPage.edit.saved': { en: 'The record is saved.', es: 'Se guardó el expediente.' },
  'youthPage.edit.nothing': { en: 'Nothing was changed.', es: 'No se cambió nada.' },
  'youthPage.edit.conflict.heading': {
    en: 'Someone else changed this record',
    es: 'Otra persona cambió este expediente',
  },
  'youthPage.edit.conflict.body': {
    en: 'The record changed after you opened it, so your changes were not saved. Load the current record, check what changed, then make your changes again.',
    es: 'El expediente cambió después de que usted lo abrió, así que sus cambios no se guardaron. Cargue el expediente actual, revise qué cambió y vuelva a hacer sus cambios.',
  },
  'youthPage.edit.conflict.reload': { en: 'Load the current record', es: 'Cargar el registro actual' },

  // The youth's responses.
  'youthPage.section.responses': { en: 'Responses', es: 'Respuestas' },
  'youthPage.responses.none': {
    en: 'No response has been opened for this youth.',
    es: 'No se ha abierto ninguna respuesta para este joven.',
  },
  'youthPage.responses.all': { en: 'Filter this youth’s responses', es: 'Filtrar las respuestas de este joven' },
  'youthPage.responses.line': {
    en: '{openedBy, select, recovery {Recovery} disclosure {Disclosure} hotline_call {Hotline call} ran_from_placement {Missing from placement} other {Screening}}, opened {time} by {opener}',
    es: '{openedBy, select, recovery {Recuperación} disclosure {Revelación} hotline_call {Llamada a la línea directa} ran_from_placement {Desaparición de la colocación} other {Evaluación}}, abierta el {time} por {opener}',
  },
  'youthPage.responses.state': {
    en: '{open, select, true {Open} other {Closed}}{overdue, plural, =0 {} one {: # step overdue} other {: # steps overdue}}',
    es: '{open, select, true {Abierta} other {Cerrada}}{overdue, plural, =0 {} one {: # paso vencido} other {: # pasos vencidos}}',
  },

  // The youth's timeline.
  'youthPage.section.timeline': { en: 'Timeline', es: 'Cronología' },
  'youthPage.timeline.intro': {
    en: 'What happened on this record, newest first. You see the entries and details your role may see.',
    es: 'Lo que pasó en este expediente, de lo más reciente a lo más antiguo. Usted ve las entradas y los detalles que su función le permite ver.',
  },
  'youthPage.timeline.none': { en: 'Nothing yet.', es: 'Nada todavía.' },
  'youthPage.timeline.by': { en: '{time} · {by}', es: '{time} · {by}' },
  'youthPage.timeline.record_opened': { en: 'The record was opened', es: 'Se abrió el expediente' },
  'youthPage.timeline.screening': {
    en: '{correction, select, true {Screening corrected} other {Screening completed}}: {level}',
    es: '{correction, select, true {Evaluación corregida} other {Evaluación completada}}: {level}',
  },
  'youthPage.timeline.response_opened': {
    en: 'Response opened: {openedBy, select, recovery {a recovery} disclosure {a disclosure} hotline_call {a hotline call} ran_from_placement {a youth missing from placement} other {a screening}}',
    es: 'Respuesta abierta: {openedBy, select, recovery {una recuperación} disclosure {una revelación} hotline_call {una llamada a la línea directa} ran_from_placement {una persona joven desaparecida de su colocación} other {una evaluación}}',
  },
  'youthPage.timeline.step_closed': {
    en: '{status, select, not_applicable {Not applicable} declined {Declined by the youth} other {Done}}: {step}',
    es: '{status, select, not_applicable {No aplica} declined {El joven lo rechazó} other {Hecho}}: {step}',
  },
  'youthPage.timeline.note': { en: 'Note: {note}', es: 'Nota: {note}' },
  'youthPage.timeline.telephone_report': {
    en: 'Telephone report made to the hotline',
    es: 'Se hizo el reporte telefónico a la línea directa',
  },
  'youthPage.timeline.safety_step': { en: 'Safety step opened', es: 'Se abrió el paso de seguridad' },
  'youthPage.timeline.reason': { en: 'Why: {reason}', es: 'Por qué: {reason}' },
  'youthPage.timeline.care_team_joined': {
    en: '{name} ({role}, {agency}) joined the care team',
    es: '{name} ({role}, {agency}) se unió al equipo de atención',
  },
  'youthPage.timeline.care_team_left': {
    en: '{name} ({role}, {agency}) left the care team',
    es: '{name} ({role}, {agency}) dejó el equipo de atención',
  },
  'youthPage.timeline.referral': {
    en: 'Referral to {service}: {status}',
    es: 'Referencia a {service}: {status}',
  },
  'youthPage.timeline.mdt_meeting': {
    en: 'On the agenda of an MDT meeting ({type}): {status}',
    es: 'En la agenda de una reunión del MDT ({type}): {status}',
  },
  'youthPage.timeline.break_glass': {
    en: 'Emergency access by {name} ({agency})',
    es: 'Acceso de emergencia de {name} ({agency})',
  },

  // Care team: whom to call.
  'youthPage.team.contact': { en: 'How to reach them', es: 'Cómo contactarle' },
  'youthPage.team.noPhone': { en: 'No work phone given', es: 'No dio teléfono del trabajo' },

  // Contacts (parents, guardians) on the record's form.
  'youthPage.contacts.heading': {
    en: 'Parents, guardians and other contacts',
    es: 'Padres, tutores y otros contactos',
  },
  'youthPage.contacts.name': { en: 'Name of contact {n}', es: 'Nombre del contacto {n}' },
  'youthPage.contacts.relationship': {
    en: 'Relationship of contact {n} to the youth',
    es: 'Relación del contacto {n} con el joven',
  },
  'youthPage.contacts.phone': { en: 'Phone of contact {n}', es: 'Teléfono del contacto {n}' },
  'youthPage.contacts.address': { en: 'Address of contact {n}', es: 'Dirección del contacto {n}' },
  'youthPage.contacts.remove': { en: 'Remove contact {n}', es: 'Quitar el contacto {n}' },
  'youthPage.contacts.add': { en: 'Add a contact', es: 'Agregar un contacto' },
});
