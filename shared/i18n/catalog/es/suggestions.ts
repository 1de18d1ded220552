/**
 * The suggestion library: typical SWOT items, objectives, tactics and KPI metrics of a public
 * body, inserted with one action. Ids are the keys of `swot`, `objectives`, `tactics`, `metrics`,
 * `units` and `roles`; their metadata (quadrant, weight, effort, links) lives in shared/action.
 * Objective templates mark what the planner completes between square brackets: `[X]`, `[fecha]`.
 * A SWOT `evidence` is a hint of what evidence to gather, not evidence itself.
 */
export const suggestions = {
  title: 'Sugerencias',
  gapHint: 'Sustituya el texto entre corchetes por los valores de su institución.',
  swot: {
    // Debilidades
    noObjectives: {
      text: 'La presencia en redes sociales no tiene objetivos definidos ni aprobados.',
      evidence: 'Busque si algún documento aprobado fija qué se espera conseguir con las cuentas.',
    },
    noStrategy: {
      text: 'No hay una estrategia común y, como mucho, se hacen acciones sueltas que decide cada cuenta.',
      evidence: 'Compruebe si las cuentas comparten calendario, mensajes clave o criterios de publicación.',
    },
    uncoordinatedAccounts: {
      text: 'Servicios, departamentos y concejalías han abierto cuentas propias sin coordinarse entre sí.',
      evidence: 'Cuente en el inventario las cuentas de cada unidad y las que tratan temas parecidos.',
    },
    noAccountOwner: {
      text: 'Hay cuentas sin unidad responsable ni persona encargada de gestionarlas.',
      evidence: 'Use los hallazgos del inventario: cuentas sin unidad y cuentas sin persona gestora.',
    },
    noAccountProcedure: {
      text: 'No existe un procedimiento para solicitar, aprobar, modificar o cerrar una cuenta corporativa.',
      evidence: 'Pregunte al gabinete de comunicación quién autorizó la apertura de las últimas cuentas.',
    },
    noCrisisTraining: {
      text: 'Las personas que gestionan las cuentas no han recibido formación para afrontar una crisis.',
      evidence: 'Revise el plan de formación de los últimos años y si existe algún protocolo de crisis.',
    },
    noMeasurement: {
      text: 'No se mide la actividad ni los resultados de las cuentas, así que nadie sabe si cumplen su función.',
      evidence: 'Compruebe si alguien elabora informes periódicos con las estadísticas de las plataformas.',
    },
    personalCredentials: {
      text: 'Los accesos dependen de credenciales personales o compartidas, sin verificación en dos pasos.',
      evidence: 'Use los hallazgos del inventario: cuentas sin verificación en dos pasos o con correo de recuperación personal.',
    },
    noStyleGuide: {
      text: 'No hay guía de usos y estilo, o la que existe está desfasada y nadie la aplica.',
      evidence: 'Compare publicaciones recientes de varias cuentas: tono, formato, etiquetas y firma.',
    },
    selfCentredContent: {
      text: 'Se publica sobre todo lo que hace la institución o se repite lo que ya está en la web, sin partir de lo que necesita la ciudadanía.',
      evidence: 'Clasifique una muestra de publicaciones: actos y notas de prensa frente a información útil de servicio.',
    },
    noTimeAllocated: {
      text: 'La gestión de las cuentas no tiene tiempo asignado y se atiende como una tarea añadida.',
      evidence: 'Pregunte a cada persona gestora cuántas horas semanales dedica y si consta en sus funciones.',
    },
    dormantAccounts: {
      text: 'Hay cuentas inactivas o abandonadas que siguen visibles y transmiten dejadez.',
      evidence: 'Use el hallazgo de cuentas inactivas del inventario, con la fecha de la última publicación.',
    },
    noResponseCriteria: {
      text: 'No hay criterios sobre quién responde a la ciudadanía, en qué plazo ni cómo se derivan las consultas.',
      evidence: 'Mida cuánto tardaron en responderse las consultas recibidas el último mes.',
    },
    noListening: {
      text: 'Nadie sigue de forma sistemática lo que se dice de la institución en las redes sociales.',
      evidence: 'Compruebe si existe algún registro de menciones o alertas sobre la institución.',
    },
    // Amenazas
    postingAloneAchievesNothing: {
      text: 'Abrir una cuenta y publicar no produce resultados por sí mismo: sin ganar audiencia ni medir, la institución habla sola.',
      evidence: 'Contraste el número de publicaciones con las interacciones y el alcance que han obtenido.',
    },
    followersRarelyRead: {
      text: 'Buena parte de quienes siguen una cuenta apenas usa la red social y nunca llega a ver lo que se publica.',
      evidence: 'Compare el alcance medio de las publicaciones con el número de seguidores.',
    },
    governmentConfusion: {
      text: 'La ciudadanía tiende a confundir la administración con el gobierno de turno, lo que genera desconfianza y recelo.',
      evidence: 'Revise comentarios recientes que atribuyen a un partido o a un cargo lo que es un servicio público.',
    },
    complaintsNotConversation: {
      text: 'La mayoría de los mensajes que llegan son quejas, críticas u opiniones, no conversación.',
      evidence: 'Clasifique los mensajes recibidos en un mes: consultas, quejas, críticas y propuestas.',
    },
    conversationElsewhere: {
      text: 'Se habla de la institución en perfiles, grupos y medios ajenos, no en sus propias cuentas.',
      evidence: 'Busque en las redes el nombre de la institución y de sus servicios fuera de sus perfiles.',
    },
    slowGrowth: {
      text: 'Los seguidores llegan despacio y la difusión de lo que se publica, todavía más.',
      evidence: 'Observe la evolución mensual de seguidores y de publicaciones compartidas del último año.',
    },
    followerCountMisleads: {
      text: 'Tener muchos seguidores no garantiza influencia, confianza ni un mejor servicio.',
      evidence: 'Compare cuentas con muchos seguidores y poca interacción con otras más pequeñas y activas.',
    },
    notFree: {
      text: 'Las redes sociales no son gratis: aunque no tengan partida presupuestaria, consumen horas de trabajo del personal, que también cuestan dinero.',
      evidence: 'Estime las horas semanales dedicadas a las cuentas y su coste por categoría profesional.',
    },
    notReplacingTraditional: {
      text: 'Las redes sociales no sustituyen a la atención presencial, el teléfono, la web ni la sede electrónica, y no toda la población las usa.',
      evidence: 'Compare el volumen de consultas por redes con el de los demás canales de atención.',
    },
    badPlanningHarmsImage: {
      text: 'Una presencia mal planificada o mal atendida muestra una institución poco dispuesta al diálogo y perjudica su imagen.',
      evidence: 'Localice preguntas sin respuesta y cuentas abandonadas que cualquiera puede ver.',
    },
    personalDataLeaks: {
      text: 'Un manejo descuidado de datos personales en las redes puede provocar filtraciones e incumplir la normativa de protección de datos.',
      evidence: 'Revise si se han publicado imágenes de menores, documentos o datos personales en respuestas públicas.',
    },
    impersonation: {
      text: 'Perfiles falsos o no oficiales pueden hacerse pasar por la institución y confundir a la ciudadanía.',
      evidence: 'Busque en cada plataforma perfiles con el nombre o el escudo de la institución que no figuren en el inventario.',
    },
    accountTakeover: {
      text: 'El robo de una contraseña permite a terceros publicar en nombre de la institución.',
      evidence: 'Consulte al servicio de informática los incidentes de seguridad y accesos sospechosos conocidos.',
    },
    platformChanges: {
      text: 'Las plataformas cambian sus normas, sus algoritmos y sus condiciones sin contar con la institución.',
      evidence: 'Anote los cambios de las plataformas del último año que afectaron al alcance o a la gestión.',
    },
    platformDependence: {
      text: 'Depender de plataformas privadas expone a cierres, bloqueos o la pérdida del historial de publicaciones.',
      evidence: 'Compruebe si existe copia de las publicaciones y estadísticas fuera de las plataformas.',
    },
    misinformation: {
      text: 'Los bulos sobre servicios o emergencias pueden difundirse más rápido que la información oficial.',
      evidence: 'Recoja casos recientes de información falsa sobre la institución y cuánto se tardó en desmentirla.',
    },
    // Fortalezas
    reliableInformation: {
      text: 'La institución es la fuente oficial y fiable sobre sus propios servicios, trámites y decisiones.',
      evidence: 'Enumere la información que solo la institución puede confirmar: plazos, horarios, avisos y resoluciones.',
    },
    localKnowledge: {
      text: 'La institución conoce de primera mano el territorio, sus barrios y las necesidades de su población.',
      evidence: 'Identifique los servicios con más contacto directo con la ciudadanía.',
    },
    staffCloseToCitizens: {
      text: 'El personal de atención a la ciudadanía conoce las preguntas más frecuentes y cómo resolverlas.',
      evidence: 'Pida a las oficinas de atención la lista de consultas que más se repiten.',
    },
    existingAudience: {
      text: 'Algunas cuentas ya tienen una comunidad de seguidores que interactúa con regularidad.',
      evidence: 'Señale en el inventario las cuentas con más seguidores e interacción.',
    },
    officialData: {
      text: 'La institución dispone de datos oficiales propios que pueden convertirse en contenidos útiles.',
      evidence: 'Revise el portal de transparencia, el catálogo de datos abiertos y las estadísticas propias.',
    },
    committedStaff: {
      text: 'Hay personas que ya gestionan cuentas con iniciativa, experiencia y ganas de mejorar.',
      evidence: 'Identifique a las personas gestoras más activas y lo que han aprendido.',
    },
    establishedChannels: {
      text: 'La web, la sede electrónica y los canales de atención están consolidados y pueden recibir a quien llega desde las redes.',
      evidence: 'Compruebe qué trámites e informaciones tienen una página propia a la que enlazar.',
    },
    ownVisualMaterial: {
      text: 'La institución cuenta con un archivo propio de imágenes, vídeos y patrimonio para crear contenidos.',
      evidence: 'Localice el archivo fotográfico y audiovisual y quién gestiona sus derechos de uso.',
    },
    managementSupport: {
      text: 'La dirección respalda que se ponga orden en la presencia de la institución en las redes sociales.',
      evidence: 'Cite el encargo, acuerdo o instrucción que da origen a este plan.',
    },
    // Oportunidades
    serviceInformation: {
      text: 'Cada vez más personas buscan en las redes sociales información sobre horarios, trámites y servicios.',
      evidence: 'Recoja las consultas sobre servicios recibidas por redes en los últimos meses.',
    },
    emergencyAlerts: {
      text: 'Las redes permiten difundir con rapidez avisos de emergencia y de protección civil.',
      evidence: 'Revise cómo se comunicaron las últimas incidencias graves: temporales, cortes de suministro o cierres.',
    },
    transparencyOpenData: {
      text: 'Las obligaciones de transparencia y los datos abiertos ofrecen contenidos de interés y refuerzan la confianza.',
      evidence: 'Enumere los conjuntos de datos y contenidos del portal de transparencia que podrían difundirse.',
    },
    interagencyCollaboration: {
      text: 'Colaborar con otras administraciones y entidades públicas permite compartir avisos y llegar a más personas.',
      evidence: 'Anote las cuentas de otros organismos con los que ya se comparten temas como emergencias, salud o tráfico.',
    },
    coOfficialLanguages: {
      text: 'Publicar en las lenguas cooficiales acerca la institución a más personas y cumple los criterios lingüísticos.',
      evidence: 'Compruebe qué normas o criterios lingüísticos se aplican a la institución.',
    },
    accessibleContent: {
      text: 'Los contenidos accesibles llegan a más personas y ayudan a cumplir la normativa de accesibilidad.',
      evidence: 'Revise una muestra de imágenes y vídeos: texto alternativo, subtítulos y contraste.',
    },
    citizenParticipation: {
      text: 'Las redes pueden acercar a más público los procesos de participación, como consultas o presupuestos participativos.',
      evidence: 'Identifique los procesos participativos previstos durante el periodo del plan.',
    },
    publicSectorGuides: {
      text: 'Otras administraciones han publicado guías y planes de los que se puede aprender.',
      evidence: 'Reúna las guías de usos y estilo y los planes de organismos comparables.',
    },
    platformAnalytics: {
      text: 'Las plataformas ofrecen estadísticas propias que permiten empezar a medir sin coste añadido.',
      evidence: 'Compruebe quién tiene acceso a las estadísticas de cada cuenta.',
    },
    localPartners: {
      text: 'Medios locales, asociaciones y centros educativos pueden compartir y amplificar la información pública.',
      evidence: 'Identifique las entidades que ya comparten publicaciones de la institución.',
    },
  },
  objectives: {
    responseTime: {
      text: 'Reducir a [X] horas hábiles el tiempo medio de respuesta a las consultas ciudadanas recibidas en redes sociales antes del [fecha].',
      note: 'Mida desde la llegada del mensaje hasta la primera respuesta útil, no hasta un acuse automático.',
    },
    accountOwnership: {
      text: 'Asignar una unidad responsable y una persona gestora con suplente al [X] % de las cuentas corporativas activas antes del [fecha].',
      note: 'El inventario de cuentas da el valor de partida; la meta habitual es el 100 %.',
    },
    secureAccess: {
      text: 'Activar la verificación en dos pasos y trasladar a buzones corporativos los correos de recuperación del [X] % de las cuentas antes del [fecha].',
      note: 'Registre quién tiene acceso a cada cuenta, nunca las contraseñas.',
    },
    rationaliseAccounts: {
      text: 'Cerrar o fusionar las [X] cuentas inactivas o duplicadas identificadas en el inventario antes del [fecha].',
      note: 'Antes de cerrar una cuenta, avise a sus seguidores y guarde una copia del historial.',
    },
    accountProcedure: {
      text: 'Aprobar un procedimiento de apertura y cierre de cuentas y tramitar por él todas las solicitudes a partir del [fecha].',
      note: 'El procedimiento debe decir quién autoriza una cuenta nueva y quién puede denegarla.',
    },
    measurementReports: {
      text: 'Elaborar y difundir un informe mensual de indicadores de todas las cuentas a partir del [fecha].',
      note: 'Compare cada mes con el anterior y con la meta, en lugar de dar cifras sueltas.',
    },
    engagement: {
      text: 'Aumentar la tasa de interacción media de las cuentas principales del [X] % al [Y] % antes del [fecha].',
      note: 'Calcule la tasa siempre de la misma forma, sobre el alcance o sobre los seguidores, sin mezclarlas.',
    },
    audienceGrowth: {
      text: 'Alcanzar [X] seguidores en la cuenta principal antes del [fecha], con un crecimiento mensual de al menos el [Y] %.',
      note: 'Acompáñelo de un indicador de interacción: el número de seguidores por sí solo no garantiza nada.',
    },
    crisisReadiness: {
      text: 'Formar en gestión de crisis a [X] personas gestoras de cuentas y realizar [N] simulacros antes del [fecha].',
      note: 'Un simulacro cuenta cuando se ha evaluado y se han recogido las mejoras.',
    },
    listening: {
      text: 'Registrar y analizar cada mes las menciones a la institución en redes sociales, también fuera de sus cuentas, a partir del [fecha].',
      note: 'Defina antes las palabras clave: nombre de la institución, servicios, espacios y programas.',
    },
    accessibility: {
      text: 'Publicar con texto alternativo el [X] % de las imágenes y con subtítulos el [Y] % de los vídeos antes del [fecha].',
      note: 'Revise cada mes una muestra de publicaciones de todas las cuentas.',
    },
    webTraffic: {
      text: 'Aumentar un [X] % las visitas a la web y a la sede electrónica que llegan desde redes sociales antes del [fecha].',
      note: 'Etiquete los enlaces con parámetros de campaña para distinguir cada red en la analítica web.',
    },
    styleGuide: {
      text: 'Aprobar una guía de usos y estilo actualizada y formar en ella al [X] % de las personas gestoras antes del [fecha].',
      note: 'La guía debe incluir ejemplos de respuesta y el tono de servicio público, nunca partidista.',
    },
    editorialPlanning: {
      text: 'Publicar al menos [X] contenidos semanales de servicio público en cada cuenta activa, según un calendario editorial compartido, a partir del [fecha].',
      note: 'Cuente solo contenidos útiles para la ciudadanía, no la reproducción de notas de prensa.',
    },
    dedicatedTime: {
      text: 'Reconocer [X] horas semanales de dedicación a cada cuenta activa en las funciones del personal antes del [fecha].',
      note: 'El apartado de recursos convierte esas horas en coste y en puestos equivalentes a tiempo completo.',
    },
    languages: {
      text: 'Publicar en [lengua cooficial] al menos el [X] % de los contenidos de las cuentas corporativas antes del [fecha].',
      note: 'Aplique los criterios lingüísticos aprobados por la institución.',
    },
    dataProtection: {
      text: 'Revisar con la lista de comprobación de protección de datos todas las publicaciones con imágenes de personas y no superar [X] incidencias al año a partir del [fecha].',
      note: 'Acuerde la lista con la persona delegada de protección de datos.',
    },
    officialDirectory: {
      text: 'Verificar las cuentas oficiales y publicar en la web un directorio de cuentas corporativas antes del [fecha].',
      note: 'El directorio permite a la ciudadanía distinguir las cuentas auténticas de las suplantaciones.',
    },
    emergencyAlerts: {
      text: 'Difundir en redes sociales los avisos de emergencia y protección civil en menos de [X] minutos desde su activación oficial a partir del [fecha].',
      note: 'Acuerde con los servicios de emergencia quién activa el aviso y con qué mensaje.',
    },
  },
  tactics: {
    contentPillars: {
      title: 'Definir los pilares de contenido',
      description:
        'Acordar entre cuatro y seis grandes temas de servicio público (trámites, avisos, agenda, participación, datos) que orienten todas las publicaciones.',
    },
    editorialCalendar: {
      title: 'Mantener un calendario editorial compartido',
      description: 'Planificar con varias semanas de antelación las publicaciones de todas las cuentas, incluidas las campañas y fechas clave.',
    },
    accountModel: {
      title: 'Adoptar un modelo de cuenta central y cuentas sectoriales',
      description:
        'Concentrar la información general en una cuenta central y mantener cuentas sectoriales solo donde haya un público propio y una unidad que las atienda.',
    },
    hashtagInsteadOfAccount: {
      title: 'Usar una etiqueta en una cuenta existente en lugar de abrir otra',
      description: 'Para campañas, eventos o programas temporales, publicar desde una cuenta ya consolidada con una etiqueta propia, sin crear perfiles nuevos.',
    },
    accountRequestForm: {
      title: 'Implantar un formulario de solicitud de cuentas',
      description:
        'Toda cuenta nueva se solicita con un formulario que justifica su finalidad, su público, la unidad responsable y las personas gestoras, y el gabinete de comunicación la aprueba o la deniega.',
    },
    closeDormantAccounts: {
      title: 'Cerrar o fusionar las cuentas inactivas',
      description: 'Revisar las cuentas sin actividad, avisar a sus seguidores, guardar una copia del historial y cerrarlas o integrarlas en la cuenta que corresponda.',
    },
    assignOwners: {
      title: 'Asignar responsable y suplente a cada cuenta',
      description: 'Designar para cada cuenta una unidad responsable, una persona gestora y una suplente, y recogerlo en el inventario.',
    },
    enableTwoStep: {
      title: 'Activar la verificación en dos pasos',
      description: 'Activar la verificación en dos pasos en todas las cuentas y sustituir los correos y teléfonos de recuperación personales por buzones corporativos.',
    },
    credentialCustody: {
      title: 'Registrar la custodia de los accesos',
      description: 'Anotar quién tiene acceso a cada cuenta, nunca la contraseña, y revisar los accesos cada vez que una persona cambia de puesto o deja la institución.',
    },
    managerTraining: {
      title: 'Formar a las personas gestoras de cuentas',
      description: 'Impartir formación sobre la guía de estilo, la atención a la ciudadanía, la seguridad de las cuentas, la accesibilidad y la protección de datos.',
    },
    crisisProtocol: {
      title: 'Aprobar un protocolo de crisis',
      description: 'Definir niveles de gravedad, cadena de escalado con sus contactos, tiempos de respuesta, mensajes de espera y una revisión posterior de cada crisis.',
    },
    crisisDrill: {
      title: 'Realizar simulacros de crisis',
      description: 'Ensayar al menos una vez al año un caso realista con las personas gestoras y la dirección, y recoger las mejoras.',
    },
    monthlyReport: {
      title: 'Elaborar un informe mensual de indicadores',
      description: 'Reunir cada mes las estadísticas de las cuentas, compararlas con las metas del plan y explicar qué ha funcionado y qué no.',
    },
    socialListening: {
      title: 'Escuchar lo que se dice de la institución',
      description: 'Seguir menciones y palabras clave en las redes, también fuera de las cuentas propias, y anotar temas, tono y asuntos que requieren respuesta.',
    },
    participationPolicy: {
      title: 'Publicar normas de participación y moderación',
      description: 'Explicar qué comentarios se responden, cuáles se ocultan o eliminan y por qué, con los mismos criterios en todas las cuentas.',
    },
    responseProtocol: {
      title: 'Establecer un protocolo de atención en redes',
      description: 'Fijar quién responde cada tipo de consulta, en qué plazo y cómo se deriva al servicio competente, con respuestas tipo revisadas.',
    },
    accessibilityChecks: {
      title: 'Publicar contenidos accesibles',
      description:
        'Añadir texto alternativo a las imágenes y subtítulos a los vídeos, cuidar el contraste y escribir las etiquetas con mayúscula inicial en cada palabra.',
    },
    languageCriteria: {
      title: 'Fijar criterios de uso de las lenguas cooficiales',
      description: 'Decidir en qué cuentas y contenidos se publica en cada lengua y cómo se revisan las traducciones.',
    },
    dataProtectionChecklist: {
      title: 'Aplicar una lista de comprobación de protección de datos',
      description:
        'Antes de publicar, comprobar el consentimiento de las personas reconocibles, con especial cuidado en las imágenes de menores, y no pedir ni mostrar datos personales en respuestas públicas.',
    },
    styleGuideRefresh: {
      title: 'Actualizar la guía de usos y estilo',
      description: 'Revisar la guía vigente con las personas gestoras, aprobarla formalmente y difundirla con ejemplos prácticos.',
    },
    institutionalTone: {
      title: 'Separar la comunicación institucional de la política',
      description: 'Acordar que las cuentas corporativas informen de servicios y decisiones con tono de servicio público, sin mensajes partidistas ni de promoción personal.',
    },
    officialAccountDirectory: {
      title: 'Publicar un directorio de cuentas oficiales',
      description: 'Mantener en la web la relación de cuentas corporativas verificadas, con su unidad responsable y su finalidad, para que la ciudadanía distinga las auténticas.',
    },
    impostorResponse: {
      title: 'Actuar ante perfiles suplantadores',
      description: 'Detectar perfiles que imitan a la institución, pedir su retirada a la plataforma y avisar a la ciudadanía cuando puedan causar daño.',
    },
    trackedLinks: {
      title: 'Enlazar a la web y medir las visitas',
      description: 'Enlazar cada publicación a la página de la web o de la sede electrónica que resuelve la consulta, con parámetros de campaña para medir el tráfico.',
    },
    citizenServiceCoordination: {
      title: 'Coordinar las redes con la atención a la ciudadanía',
      description: 'Compartir con las oficinas de atención las consultas que llegan por redes y las respuestas tipo, para dar la misma información en todos los canales.',
    },
    contentArchive: {
      title: 'Conservar copia de publicaciones y estadísticas',
      description: 'Descargar periódicamente el historial y las estadísticas de cada cuenta y archivarlos según las normas de gestión documental.',
    },
    platformReview: {
      title: 'Revisar cada semestre las plataformas utilizadas',
      description: 'Comprobar los cambios de condiciones, funciones y público de cada plataforma y decidir si se mantiene, se adapta o se abandona.',
    },
    agencyNetwork: {
      title: 'Crear una red de colaboración con otros organismos',
      description: 'Acordar con emergencias, protección civil y otras administraciones cómo compartir avisos y campañas de interés común.',
    },
    openDataContent: {
      title: 'Convertir los datos abiertos en contenidos',
      description: 'Preparar publicaciones periódicas a partir del portal de transparencia y de las estadísticas propias, explicadas en lenguaje claro.',
    },
    allocateTime: {
      title: 'Reconocer el tiempo dedicado a las cuentas',
      description: 'Incluir en las funciones de cada persona gestora sus horas semanales de dedicación y tenerlas en cuenta al planificar el servicio.',
    },
    participationOutreach: {
      title: 'Difundir los procesos participativos',
      description: 'Dar a conocer consultas, presupuestos participativos y otros procesos, explicando cómo participar y qué se hizo con los resultados.',
    },
  },
  roles: {
    communicationHead: 'Jefatura del gabinete de comunicación',
    communicationOfficer: 'Técnico o técnica de comunicación',
    accountManager: 'Persona gestora de cuentas',
    itSecurity: 'Técnico o técnica de sistemas y seguridad',
    dataProtectionOfficer: 'Persona delegada de protección de datos',
    trainer: 'Formador o formadora',
    languageService: 'Servicio lingüístico',
    citizenServiceStaff: 'Personal de atención a la ciudadanía',
  },
  metrics: {
    followerGrowth: {
      name: 'Crecimiento de seguidores',
      description: 'Variación porcentual del número de seguidores en el periodo, sumando las cuentas seleccionadas.',
    },
    engagementRate: {
      name: 'Tasa de interacción',
      description: 'Interacciones (reacciones, comentarios, compartidos y clics) divididas entre el alcance de las publicaciones del periodo.',
    },
    reach: {
      name: 'Alcance',
      description: 'Personas distintas que han visto al menos una publicación en el periodo, según las estadísticas de la plataforma.',
    },
    impressions: {
      name: 'Impresiones',
      description: 'Número total de veces que se han mostrado las publicaciones, contando las repeticiones.',
    },
    responseTime: {
      name: 'Tiempo de respuesta a la ciudadanía',
      description: 'Tiempo medio, en horas hábiles, entre la llegada de una consulta y la primera respuesta útil.',
    },
    answeredShare: {
      name: 'Consultas respondidas',
      description: 'Porcentaje de las preguntas recibidas por mensajes o comentarios que se responden o se derivan al servicio competente.',
    },
    accountsWithOwner: {
      name: 'Cuentas con responsable',
      description: 'Porcentaje de cuentas activas con unidad responsable y persona gestora asignadas.',
    },
    accountsWith2fa: {
      name: 'Cuentas con verificación en dos pasos',
      description: 'Porcentaje de cuentas activas con la verificación en dos pasos activada y un correo de recuperación corporativo.',
    },
    dormantAccounts: {
      name: 'Cuentas inactivas',
      description: 'Cuentas abiertas que llevan sin publicar más tiempo del umbral fijado en el plan.',
    },
    mentions: {
      name: 'Menciones',
      description: 'Mensajes que nombran a la institución o a sus servicios, dentro y fuera de sus cuentas.',
    },
    mentionSentiment: {
      name: 'Tono de las menciones',
      description: 'Porcentaje de menciones de tono positivo o neutro sobre el total de menciones analizadas.',
    },
    postsPerWeek: {
      name: 'Publicaciones por semana',
      description: 'Media de publicaciones semanales de cada cuenta activa, como medida de regularidad.',
    },
    altTextShare: {
      name: 'Imágenes con texto alternativo',
      description: 'Porcentaje de imágenes publicadas que incluyen una descripción para los lectores de pantalla.',
    },
    captionedVideoShare: {
      name: 'Vídeos subtitulados',
      description: 'Porcentaje de vídeos publicados que llevan subtítulos.',
    },
    webTrafficFromSocial: {
      name: 'Visitas a la web desde redes sociales',
      description: 'Visitas a la web y a la sede electrónica cuyo origen es una red social, según la analítica web.',
    },
    staffTrained: {
      name: 'Personal formado',
      description: 'Personas gestoras de cuentas que han completado la formación prevista en el plan.',
    },
    crisisDrills: {
      name: 'Simulacros de crisis',
      description: 'Simulacros de crisis realizados y evaluados en el periodo.',
    },
    reportsDelivered: {
      name: 'Informes de seguimiento entregados',
      description: 'Informes periódicos de indicadores entregados en plazo a la dirección.',
    },
    coOfficialLanguageShare: {
      name: 'Publicaciones en lengua cooficial',
      description: 'Porcentaje de publicaciones disponibles en la lengua cooficial.',
    },
    dataProtectionIncidents: {
      name: 'Incidencias de protección de datos',
      description: 'Publicaciones retiradas o reclamaciones recibidas por difundir datos personales sin base legal.',
    },
    impostorAccounts: {
      name: 'Perfiles suplantadores activos',
      description: 'Perfiles que se hacen pasar por la institución y siguen activos después de detectarlos.',
    },
    alertDelay: {
      name: 'Tiempo de difusión de avisos',
      description: 'Minutos entre la activación oficial de un aviso de emergencia y su publicación en las redes.',
    },
    assignedHours: {
      name: 'Horas asignadas a la gestión de cuentas',
      description: 'Horas semanales de dedicación a las cuentas reconocidas en las funciones del personal gestor.',
    },
  },
  units: {
    percent: '%',
    people: 'personas',
    impressions: 'impresiones',
    hours: 'horas',
    minutes: 'minutos',
    accounts: 'cuentas',
    mentions: 'menciones',
    postsPerWeek: 'publicaciones por semana',
    visits: 'visitas',
    drills: 'simulacros',
    reports: 'informes',
    incidents: 'incidencias',
    hoursPerWeek: 'horas por semana',
  },
} as const;
