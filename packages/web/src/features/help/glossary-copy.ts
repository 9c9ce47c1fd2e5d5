import { defineMessages } from '@harbor/core';

/**
 * The glossary's entries (/help/glossary): each term, a few plain sentences and its source, in English and Spanish.
 * Facts from ../shared/domain/FACTS.md (and the LACDMH fact sheet beside it), in Harbor's own words; a `.verify`
 * message marks a fact FACTS.md says to check against the current text before citing. glossary.ts lists the entries.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const glossaryCopy = defineMessages({
  // Reporting child abuse.
  'help.glossary.pc11166.term': { en: 'Penal Code 11166', es: 'Código Penal 11166' },
  'help.glossary.pc11166.body': {
    en: 'California’s mandated reporting law. A mandated reporter who knows of or reasonably suspects child abuse or neglect reports it by telephone immediately, or as soon as practically possible, and sends a written follow-up report within 36 hours of receiving the information. Reasonable suspicion is enough; not reporting is a misdemeanor.',
    es: 'La ley de California sobre el reporte obligatorio. Quien tiene la obligación de reportar y sabe o sospecha razonablemente que un niño sufre abuso o negligencia lo reporta por teléfono de inmediato, o en cuanto sea posible en la práctica, y envía un reporte escrito de seguimiento dentro de las 36 horas siguientes a recibir la información. Basta con una sospecha razonable; no reportar es un delito menor.',
  },
  'help.glossary.pc11166.source': {
    en: 'California Penal Code 11166(a).',
    es: 'Código Penal de California, artículo 11166(a).',
  },

  'help.glossary.pc11166k.term': { en: 'Penal Code 11166(k)', es: 'Código Penal 11166(k)' },
  'help.glossary.pc11166k.body': {
    en: 'What law enforcement does with a report it receives: it tells the county welfare agency and the district attorney immediately or as soon as practically possible, by telephone, fax or electronic transmission, and then in writing within 36 hours of receiving the information.',
    es: 'Lo que hacen las fuerzas del orden con un reporte que reciben: avisan a la agencia de bienestar infantil del condado y a la fiscalía de inmediato, o en cuanto sea posible en la práctica, por teléfono, fax o medio electrónico, y después por escrito dentro de las 36 horas siguientes a recibir la información.',
  },
  'help.glossary.pc11166k.source': {
    en: 'California Penal Code 11166(k).',
    es: 'Código Penal de California, artículo 11166(k).',
  },

  'help.glossary.pc11167a.term': { en: 'Penal Code 11167(a)', es: 'Código Penal 11167(a)' },
  'help.glossary.pc11167a.body': {
    en: 'What a report contains: the reporter’s name, business address and telephone number, the capacity that makes them a mandated reporter, and the basis and source of the suspicion. If known, also the child’s name, address, present location, school, grade and class; the parents’ names, addresses and telephone numbers; and the name, address, telephone number and other relevant information of whoever may have abused the child. A report is made even when some of this is not known.',
    es: 'Lo que contiene un reporte: el nombre de quien reporta, su dirección y teléfono de trabajo, la función que le obliga a reportar, y en qué se basa la sospecha y de dónde viene la información. Si se conocen, también el nombre, la dirección, el paradero actual, la escuela, el grado y el salón del niño; el nombre, la dirección y el teléfono de los padres; y el nombre, la dirección, el teléfono y otros datos útiles de quien pudo haber abusado del niño. El reporte se hace aunque falten algunos de estos datos.',
  },
  'help.glossary.pc11167a.source': {
    en: 'California Penal Code 11167(a).',
    es: 'Código Penal de California, artículo 11167(a).',
  },

  'help.glossary.pc11167d.term': { en: 'Penal Code 11167(d) and 11167.5', es: 'Código Penal 11167(d) y 11167.5' },
  'help.glossary.pc11167d.body': {
    en: 'Confidentiality. The reporter’s identity is confidential (11167(d)), and so are the reports themselves (11167.5). In Harbor, a report’s details are read by the reporter, the supervisors of the reporter’s agency and child welfare; the rest of the care team sees that a report was made, and when.',
    es: 'Confidencialidad. La identidad de quien reporta es confidencial (11167(d)), y también lo son los reportes (11167.5). En Harbor, los detalles de un reporte los leen quien reporta, las personas supervisoras de su agencia y bienestar infantil; el resto del equipo de atención ve que se hizo un reporte y cuándo.',
  },
  'help.glossary.pc11167d.source': {
    en: 'California Penal Code 11167(d) and 11167.5.',
    es: 'Código Penal de California, artículos 11167(d) y 11167.5.',
  },

  'help.glossary.pc11165_1.term': { en: 'Penal Code 11165.1', es: 'Código Penal 11165.1' },
  'help.glossary.pc11165_1.body': {
    en: 'Defines the sexual abuse the reporting law covers. The commercial sexual exploitation of a child includes trafficking a child as Penal Code 236.1(c) describes it, and giving a child food, shelter or payment in exchange for a sexual act.',
    es: 'Define el abuso sexual que cubre la ley de reporte. La explotación sexual comercial de un niño incluye la trata de un menor tal como la describe el Código Penal 236.1(c), y darle comida, alojamiento o dinero a cambio de un acto sexual.',
  },
  'help.glossary.pc11165_1.source': {
    en: 'California Penal Code 11165.1.',
    es: 'Código Penal de California, artículo 11165.1.',
  },

  'help.glossary.ss8572.term': { en: 'SS 8572', es: 'SS 8572' },
  'help.glossary.ss8572.body': {
    en: 'The Suspected Child Abuse Report: the Department of Justice form for the written follow-up report, or the county’s online system where it has one (Penal Code 11168). Harbor prepares it from the records for the reporter to review, and makes a PDF of it.',
    es: 'El Reporte de Sospecha de Abuso Infantil (Suspected Child Abuse Report): el formulario del Departamento de Justicia para el reporte escrito de seguimiento, o el sistema en línea del condado donde lo haya (Código Penal 11168). Harbor lo prepara a partir de los registros para que quien reporta lo revise, y genera un PDF.',
  },
  'help.glossary.ss8572.source': {
    en: 'California Penal Code 11166(a) and 11168.',
    es: 'Código Penal de California, artículos 11166(a) y 11168.',
  },

  // Child welfare, courts and information sharing.
  'help.glossary.wic300b2.term': {
    en: 'Welfare and Institutions Code 300(b)(2) and SB 855',
    es: 'Código de Bienestar e Instituciones 300(b)(2) y SB 855',
  },
  'help.glossary.wic300b2.body': {
    en: 'SB 855 (2014) made the commercial sexual exploitation of a minor a child abuse report the law requires. Under Welfare and Institutions Code 300(b)(2), child welfare can serve a child who is sexually trafficked as a victim of abuse and neglect when the parent or guardian failed to protect the child, or was unable to.',
    es: 'La SB 855 (2014) hizo de la explotación sexual comercial de un menor un abuso infantil que la ley obliga a reportar. Según el Código de Bienestar e Instituciones 300(b)(2), bienestar infantil puede atender como víctima de abuso y negligencia a un niño víctima de trata sexual cuando su padre, madre o tutor no lo protegió o no pudo protegerlo.',
  },
  'help.glossary.wic300b2.source': {
    en: 'SB 855 (2014); Welfare and Institutions Code 300(b)(2); LACDMH CSECY fact sheet.',
    es: 'SB 855 (2014); Código de Bienestar e Instituciones 300(b)(2); hoja informativa CSECY del LACDMH.',
  },

  'help.glossary.sb1322.term': { en: 'SB 1322', es: 'SB 1322' },
  'help.glossary.sb1322.body': {
    en: 'Since 1 January 2017, a person under 18 who took part in a commercial sex act to receive money or anything else of value cannot be arrested or charged with prostitution, or with loitering with intent to commit it (Penal Code 647(b) and 653.22): the youth is a victim, not an offender. A peace officer who finds a child in a commercial sex act reports suspected abuse or neglect to county child welfare; temporary custody under Welfare and Institutions Code 305 remains possible. Penal Code 653.22 was later repealed for everyone by SB 357 (in force since 1 January 2023), and survivors may ask a court to vacate and seal earlier records (Penal Code 236.14).',
    es: 'Desde el 1 de enero de 2017, a una persona menor de 18 años que participó en un acto sexual comercial para recibir dinero u otra cosa de valor no se le puede arrestar ni acusar de prostitución, ni de merodeo con la intención de cometerla (Código Penal 647(b) y 653.22): la persona joven es una víctima, no una infractora. El agente del orden que encuentra a un niño en un acto sexual comercial reporta la sospecha de abuso o negligencia a bienestar infantil del condado; la custodia temporal según el Código de Bienestar e Instituciones 305 sigue siendo posible. Más tarde, la SB 357 derogó el artículo 653.22 del Código Penal para todas las personas (vigente desde el 1 de enero de 2023), y las personas sobrevivientes pueden pedir a un tribunal que anule y selle antecedentes anteriores (Código Penal 236.14).',
  },
  'help.glossary.sb1322.source': {
    en: 'SB 1322 (Statutes of 2016); SB 357 (Statutes of 2022); Penal Code 236.14; LACDMH CSECY fact sheet.',
    es: 'SB 1322 (Estatutos de 2016); SB 357 (Estatutos de 2022); Código Penal 236.14; hoja informativa CSECY del LACDMH.',
  },

  'help.glossary.wic827.term': {
    en: 'Welfare and Institutions Code 827 and form JV-570',
    es: 'Código de Bienestar e Instituciones 827 y formulario JV-570',
  },
  'help.glossary.wic827.body': {
    en: 'Who may see a juvenile case file. Section 827(a)(1) lists them; members of a multidisciplinary team and the child’s treatment or supervision providers are among them. Anyone else asks the juvenile court, on form JV-570. Harbor’s need-to-know rule follows this law.',
    es: 'Quién puede ver el expediente de un caso juvenil. El artículo 827(a)(1) enumera a esas personas; entre ellas están los miembros de un equipo multidisciplinario y quienes brindan tratamiento o supervisión al menor. Cualquier otra persona lo pide al tribunal de menores con el formulario JV-570. La regla de necesidad de saber de Harbor sigue esta ley.',
  },
  'help.glossary.wic827.source': {
    en: 'Welfare and Institutions Code 827(a)(1); California Rules of Court, rule 5.552.',
    es: 'Código de Bienestar e Instituciones 827(a)(1); Reglas de los Tribunales de California, regla 5.552.',
  },

  'help.glossary.wic18961_7.term': {
    en: 'Welfare and Institutions Code 18961.7',
    es: 'Código de Bienestar e Instituciones 18961.7',
  },
  'help.glossary.wic18961_7.body': {
    en: 'Lets a child abuse multidisciplinary team exchange confidential information for 30 days after a report, or longer for good cause, electronically too where the identities of the people exchanging it are verified.',
    es: 'Permite que un equipo multidisciplinario de abuso infantil intercambie información confidencial durante los 30 días siguientes a un reporte, o más tiempo si hay causa justificada, también por medios electrónicos cuando se verifica la identidad de quienes la intercambian.',
  },
  'help.glossary.wic18961_7.source': {
    en: 'Welfare and Institutions Code 18961.7.',
    es: 'Código de Bienestar e Instituciones, artículo 18961.7.',
  },

  // The hotline.
  'help.glossary.referral.term': {
    en: 'The 19-digit referral number',
    es: 'El número de referencia de 19 dígitos',
  },
  'help.glossary.referral.body': {
    en: 'The number the DCFS Child Protection Hotline gives the reporter at the end of the call when it decides on an immediate response, a five-day response or evaluated out. Write it down and record it in Harbor with the telephone report: it is how the report is found again. Spaces and dashes do not matter.',
    es: 'El número que la Línea Directa de Protección Infantil de DCFS da a quien reporta al final de la llamada cuando decide una respuesta inmediata, una respuesta en cinco días o descartado tras evaluación. Anótelo y regístrelo en Harbor con el reporte telefónico: sirve para volver a encontrar el reporte. Los espacios y guiones no importan.',
  },
  'help.glossary.referral.source': {
    en: 'Los Angeles County Department of Children and Family Services (DCFS).',
    es: 'Departamento de Servicios para Niños y Familias del Condado de Los Ángeles (DCFS).',
  },

  'help.glossary.dispositions.term': { en: 'Hotline dispositions', es: 'Decisiones de la línea directa' },
  'help.glossary.dispositions.body': {
    en: 'What the hotline decides after a call: an immediate response (in person within 24 hours), a five-day response, evaluated out, information to CSW (passed to the youth’s children’s social worker), or a consultation. Only the first three come with a referral number.',
    es: 'Lo que decide la línea directa después de una llamada: respuesta inmediata (en persona dentro de 24 horas), respuesta en cinco días, descartado tras evaluación, información al CSW (se pasa al trabajador social que atiende al joven) o consulta. Solo las tres primeras reciben un número de referencia.',
  },
  'help.glossary.dispositions.verify': {
    en: 'Los Angeles County also takes non-emergency reports online. The Penal Code section that allows it (11166.02) is to be checked against its current text before anyone cites it.',
    es: 'El Condado de Los Ángeles también recibe por internet los reportes que no son de emergencia. El artículo del Código Penal que lo permite (11166.02) debe compararse con su texto vigente antes de citarlo.',
  },
  'help.glossary.dispositions.source': {
    en: 'Los Angeles County Department of Children and Family Services (DCFS).',
    es: 'Departamento de Servicios para Niños y Familias del Condado de Los Ángeles (DCFS).',
  },

  // The county's response.
  'help.glossary.csec.term': { en: 'CSEC and CSECY', es: 'CSEC y CSECY (ESCNJ)' },
  'help.glossary.csec.body': {
    en: 'The commercial sexual exploitation of children (CSEC), or of children and youth (CSECY): the sexual abuse of a minor for economic gain. It is a form of human trafficking, and it is child abuse. Any child can be targeted, girls, boys and transgender youth alike; on average, victims are first trafficked at 12 to 14. Say “youth who has been commercially sexually exploited” or “survivor”: a minor cannot consent, so there is no such thing as a “child prostitute”.',
    es: 'La explotación sexual comercial de niños (CSEC, por sus siglas en inglés), o de niños y jóvenes (CSECY; en español, ESCNJ): el abuso sexual de una persona menor de edad para obtener un beneficio económico. Es una forma de trata de personas y es abuso infantil. Cualquier niña, niño o joven transgénero puede ser blanco de explotación; en promedio, las víctimas caen en la trata entre los 12 y los 14 años. Diga “joven que ha sufrido explotación sexual comercial” o “sobreviviente”: una persona menor de edad no puede consentir, así que no existe la “prostitución infantil”.',
  },
  'help.glossary.csec.source': {
    en: 'LACDMH CSECY fact sheet; Penal Code 11165.1; Luxembourg Terminology Guidelines (2016).',
    es: 'Hoja informativa CSECY del LACDMH; Código Penal 11165.1; Orientaciones terminológicas de Luxemburgo (2016).',
  },

  'help.glossary.frp.term': { en: 'First Responder Protocol', es: 'Protocolo de Primera Respuesta' },
  'help.glossary.frp.body': {
    en: 'The Los Angeles County CSEC First Responder Protocol: who does what, and by when, once a child or youth is identified or recovered. Partners are on scene within 90 minutes of a recovery, a health evaluation and specialized services follow within 72 hours, and the advocate stays engaged for at least 90 days. Piloted from August 2014, it covered the Sheriff’s, LAPD and Long Beach police areas by July 2018; the other police departments joined from 2019. In its first four years, 361 youth were identified, and more than 85% of them had been involved with DCFS before.',
    es: 'El Protocolo de Primera Respuesta CSEC del Condado de Los Ángeles: quién hace qué, y en qué plazo, una vez que se identifica o se recupera a un niño, niña o joven. Los socios llegan al lugar dentro de los 90 minutos siguientes a una recuperación, la evaluación de salud y los servicios especializados llegan dentro de 72 horas, y la persona de apoyo acompaña al joven durante al menos 90 días. Se puso a prueba desde agosto de 2014; en julio de 2018 cubría las zonas del Sheriff, del LAPD y de la policía de Long Beach, y los demás departamentos de policía se sumaron a partir de 2019. En sus primeros cuatro años se identificó a 361 jóvenes, y más del 85 % ya había tenido contacto con DCFS.',
  },
  'help.glossary.frp.source': {
    en: 'National Center for Youth Law (2015); Los Angeles County Board of Supervisors (2018).',
    es: 'National Center for Youth Law (2015); Junta de Supervisores del Condado de Los Ángeles (2018).',
  },

  'help.glossary.mart.term': { en: 'MART', es: 'MART' },
  'help.glossary.mart.body': {
    en: 'The Multi-Agency Response Team of the Department of Children and Family Services (DCFS): one of the roles the First Responder Protocol gives child welfare, beside the Child Protection Hotline.',
    es: 'El Equipo de Respuesta Multiagencia (Multi-Agency Response Team) del Departamento de Servicios para Niños y Familias (DCFS): una de las funciones que el Protocolo de Primera Respuesta da a bienestar infantil, junto con la Línea Directa de Protección Infantil.',
  },
  'help.glossary.mart.source': {
    en: 'National Center for Youth Law (2015); Los Angeles County Board of Supervisors (2018).',
    es: 'National Center for Youth Law (2015); Junta de Supervisores del Condado de Los Ángeles (2018).',
  },

  'help.glossary.marc.term': { en: 'MARC', es: 'MARC' },
  'help.glossary.marc.body': {
    en: 'The Multi-Agency Review Committee, one of the roles of the First Responder Protocol. The others are law enforcement, the DCFS Child Protection Hotline and MART, probation, the advocacy agency, emergency housing, the DHS medical hub and the multidisciplinary team.',
    es: 'El Comité de Revisión Multiagencia (Multi-Agency Review Committee), una de las funciones del Protocolo de Primera Respuesta. Las demás son las fuerzas del orden, la Línea Directa de Protección Infantil y el MART de DCFS, libertad condicional, la agencia de defensoría, la vivienda de emergencia, el centro médico del DHS (medical hub) y el equipo multidisciplinario.',
  },
  'help.glossary.marc.source': {
    en: 'National Center for Youth Law (2015); Los Angeles County Board of Supervisors (2018).',
    es: 'National Center for Youth Law (2015); Junta de Supervisores del Condado de Los Ángeles (2018).',
  },

  'help.glossary.mdt.term': { en: 'MDT', es: 'MDT (equipo multidisciplinario)' },
  'help.glossary.mdt.body': {
    en: 'A multidisciplinary team: the professionals around a youth, from child welfare, probation, mental health, health and advocacy (and, in the specialty courts, the attorneys), who plan together. The state CSEC Program requires an interagency protocol with an MDT approach, and a child abuse MDT may share confidential information for 30 days after a report (Welfare and Institutions Code 18961.7).',
    es: 'Un equipo multidisciplinario (MDT, por sus siglas en inglés): los profesionales que rodean a un joven, de bienestar infantil, libertad condicional, salud mental, salud y defensoría (y, en los tribunales especializados, los abogados), que planifican juntos. El Programa CSEC del estado exige un protocolo interinstitucional con un enfoque de MDT, y un MDT de abuso infantil puede compartir información confidencial durante los 30 días siguientes a un reporte (Código de Bienestar e Instituciones 18961.7).',
  },
  'help.glossary.mdt.source': {
    en: 'Welfare and Institutions Code 16524.6–16524.11 and 18961.7.',
    es: 'Código de Bienestar e Instituciones, artículos 16524.6–16524.11 y 18961.7.',
  },

  'help.glossary.star.term': { en: 'STAR court', es: 'Corte STAR' },
  'help.glossary.star.body': {
    en: 'Succeeding Through Achievement and Resilience: the Los Angeles County delinquency court for commercially sexually exploited youth, since 2012. It sits every week in Compton (Department 260). Its MDT brings together the youth’s attorney, the district attorney, four dedicated probation officers with caseloads of at most 25, and education and community advocates who are in touch with the youth every week. LACDMH takes part in its MDT meetings.',
    es: 'Éxito a través del Logro y la Resiliencia (Succeeding Through Achievement and Resilience): el tribunal de delincuencia juvenil del Condado de Los Ángeles para jóvenes explotados sexualmente con fines comerciales, desde 2012. Sesiona cada semana en Compton (Departamento 260). Su MDT reúne al abogado del joven, la fiscalía, cuatro oficiales de libertad condicional dedicados con un máximo de 25 casos cada uno, y personas defensoras educativas y comunitarias que están en contacto con el joven cada semana. El LACDMH participa en sus reuniones de MDT.',
  },
  'help.glossary.star.source': { en: 'LACDMH CSECY fact sheet.', es: 'Hoja informativa CSECY del LACDMH.' },

  'help.glossary.dream.term': { en: 'DREAM court', es: 'Corte DREAM' },
  'help.glossary.dream.body': {
    en: 'Dedication to Restoration through Empowerment, Advocacy and Mentoring: the dependency court for commercially sexually exploited youth, modelled on STAR, with court staff trained on CSEC. It sits at the Edelman Children’s Court and has heard more than 150 cases since January 2016.',
    es: 'Dedicación a la Restauración a través del Empoderamiento, la Abogacía y la Tutoría (Dedication to Restoration through Empowerment, Advocacy and Mentoring): el tribunal de dependencia para jóvenes explotados sexualmente con fines comerciales, inspirado en la corte STAR, con personal capacitado en CSEC. Sesiona en el Tribunal de Menores Edelman (Edelman Children’s Court) y ha atendido más de 150 casos desde enero de 2016.',
  },
  'help.glossary.dream.source': { en: 'LACDMH CSECY fact sheet.', es: 'Hoja informativa CSECY del LACDMH.' },

  // Care and consent.
  'help.glossary.advocate.term': { en: 'Advocate', es: 'Persona defensora (de apoyo)' },
  'help.glossary.advocate.body': {
    en: 'Someone from an advocacy agency who stands by the youth and speaks up for them. Under the protocol, the advocate is on scene within 90 minutes of a recovery and stays engaged for at least 90 days; in STAR court, community advocates are in touch with the youth every week. In Harbor, advocate is also a role.',
    es: 'Una persona de una agencia de defensoría que acompaña al joven y defiende sus intereses. Según el protocolo, llega al lugar dentro de los 90 minutos siguientes a una recuperación y acompaña al joven durante al menos 90 días; en la corte STAR, las personas defensoras comunitarias están en contacto con el joven cada semana. En Harbor, «persona defensora» también es un rol.',
  },
  'help.glossary.advocate.source': {
    en: 'LA CSEC First Responder Protocol (2014); LACDMH CSECY fact sheet.',
    es: 'Protocolo de Primera Respuesta CSEC de Los Ángeles (2014); hoja informativa CSECY del LACDMH.',
  },

  'help.glossary.ebp.term': { en: 'EBP and TF-CBT', es: 'EBP y TF-CBT' },
  'help.glossary.ebp.body': {
    en: 'An evidence-based practice (EBP) is a treatment that research has shown to work. Trauma-Focused Cognitive Behavioral Therapy (TF-CBT) has an adaptation for youth who experienced trafficking or commercial sexual exploitation, listed for ages 8 to 17 by the California Evidence-Based Clearinghouse for Child Welfare (CEBC). Mentoring, multisystemic therapy and family therapy are promising. More than 75 LACDMH provider agencies have been trained in one or more EBPs.',
    es: 'Una práctica basada en la evidencia (EBP, por sus siglas en inglés) es un tratamiento cuya eficacia ha demostrado la investigación. La terapia cognitivo-conductual centrada en el trauma (TF-CBT) tiene una adaptación para jóvenes que vivieron trata o explotación sexual comercial, que el California Evidence-Based Clearinghouse for Child Welfare (CEBC) reconoce para edades de 8 a 17 años. La mentoría, la terapia multisistémica y la terapia familiar son prometedoras. Más de 75 agencias proveedoras del LACDMH han recibido capacitación en una o más EBP.',
  },
  'help.glossary.ebp.source': {
    en: 'CEBC; Cohen, Mannarino and Kinnish (2017); LACDMH CSECY fact sheet.',
    es: 'CEBC; Cohen, Mannarino y Kinnish (2017); hoja informativa CSECY del LACDMH.',
  },

  'help.glossary.minorConsent.term': { en: 'Minors’ own consent', es: 'Consentimiento propio de menores' },
  'help.glossary.minorConsent.body': {
    en: 'California lets minors consent to some care on their own. From age 12, a youth may consent to outpatient mental health treatment and to residential shelter services (Family Code 6924; Health and Safety Code 124260). The Family Code also lets minors consent to care for sexually transmitted infections (6926), pregnancy (6925), sexual assault (6927, 6928) and drug or alcohol treatment (6929), each on its own conditions. The records of that care are kept from parents in the cases the statutes set out; in Harbor, clinical content is for clinical staff only.',
    es: 'California permite que las personas menores de edad den su propio consentimiento para cierta atención. Desde los 12 años, un joven puede consentir tratamiento ambulatorio de salud mental y servicios de albergue residencial (Código de Familia 6924; Código de Salud y Seguridad 124260). El Código de Familia también permite que consienta atención de infecciones de transmisión sexual (6926), embarazo (6925), agresión sexual (6927 y 6928) y tratamiento por consumo de drogas o alcohol (6929), cada uno con sus propias condiciones. Los registros de esa atención se reservan frente a los padres en los casos que señalan las leyes; en Harbor, el contenido clínico es solo para el personal clínico.',
  },
  'help.glossary.minorConsent.source': {
    en: 'Family Code 6924–6929; Health and Safety Code 124260.',
    es: 'Código de Familia, artículos 6924–6929; Código de Salud y Seguridad, artículo 124260.',
  },

  // Words Harbor uses.
  'help.glossary.levelOfConcern.term': { en: 'Level of concern', es: 'Nivel de preocupación' },
  'help.glossary.levelOfConcern.body': {
    en: 'The result of a screening: no concern, possible concern or clear concern, with the reasons that led to it. It tells the team how worried to be and what to do next. It is never proof, and no concern does not rule exploitation out.',
    es: 'El resultado de una evaluación: sin preocupación, preocupación posible o preocupación clara, con los motivos que llevaron a él. Le dice al equipo cuánto preocuparse y qué hacer a continuación. Nunca es una prueba, y «sin preocupación» no descarta la explotación.',
  },
  'help.glossary.levelOfConcern.source': {
    en: 'CSE-IT (WestCoast Children’s Clinic).',
    es: 'CSE-IT (WestCoast Children’s Clinic).',
  },

  'help.glossary.careTeam.term': { en: 'Care team', es: 'Equipo de atención' },
  'help.glossary.careTeam.body': {
    en: 'The people who may open a youth’s record in Harbor: whoever created it, and the people added to it with a basis (a court order, the multidisciplinary team, consent or a protocol response). Supervisors of an agency on the team may open it too.',
    es: 'Las personas que pueden abrir el registro de un joven en Harbor: quien lo creó y las personas agregadas con un fundamento (una orden judicial, el equipo multidisciplinario, el consentimiento o una respuesta del protocolo). También pueden abrirlo las personas supervisoras de una agencia del equipo.',
  },
  'help.glossary.careTeam.source': {
    en: 'Welfare and Institutions Code 827; Harbor’s security model.',
    es: 'Código de Bienestar e Instituciones 827; modelo de seguridad de Harbor.',
  },

  'help.glossary.breakGlass.term': {
    en: 'Break-glass (emergency access)',
    es: 'Acceso de emergencia (romper el cristal)',
  },
  'help.glossary.breakGlass.body': {
    en: 'Opening a youth’s record in an emergency without being on the care team. You write why (at least 20 characters); the record opens for 60 minutes, read only, and never shows the details of a report you did not make. Every such access is recorded and reviewed by the supervisors of the agencies on the care team.',
    es: 'Abrir el registro de un joven en una emergencia sin formar parte del equipo de atención. Usted escribe por qué (al menos 20 caracteres); el registro se abre durante 60 minutos, solo para lectura, y nunca muestra los detalles de un reporte que usted no hizo. Cada acceso queda registrado y lo revisan las personas supervisoras de las agencias del equipo de atención.',
  },
  'help.glossary.breakGlass.source': {
    en: 'HIPAA Security Rule, emergency access (45 CFR 164.312); Harbor’s security model.',
    es: 'Regla de Seguridad de HIPAA, acceso de emergencia (45 CFR 164.312); modelo de seguridad de Harbor.',
  },

  'help.glossary.fieldClass.term': { en: 'Field class', es: 'Clase de campo' },
  'help.glossary.fieldClass.body': {
    en: 'The kind of information each value of a record is: identity, protocol, contact, safety, clinical or mandated report. Your role and your agency decide which classes you see, and whoever wrote a value always sees it. The classes keep clinical content with clinical staff, and a report’s details with the people who may read them.',
    es: 'El tipo de información al que pertenece cada dato de un registro: identidad, protocolo, contacto, seguridad, clínico o reporte obligatorio. Su rol y su agencia deciden qué clases ve, y quien escribió un dato siempre lo ve. Las clases reservan el contenido clínico al personal clínico, y los detalles de un reporte a quienes pueden leerlos.',
  },
  'help.glossary.fieldClass.source': {
    en: 'Welfare and Institutions Code 827; Penal Code 11167(d); Family Code 6924–6929; Harbor’s security model.',
    es: 'Código de Bienestar e Instituciones 827; Código Penal 11167(d); Código de Familia 6924–6929; modelo de seguridad de Harbor.',
  },
});
