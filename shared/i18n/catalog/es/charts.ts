/**
 * The charts of the Word document: their captions ("Figura 3. …") and the alternative text that
 * screen readers read instead of the image, which says what the chart shows in one sentence.
 */
export const charts = {
  /** The word before a figure's number in its caption; also the name of Word's numbering sequence (one word). */
  figure: 'Figura',
  /** An entry of the list of values in an alternative text. */
  value: '{label}: {value}',
  /** Closes a list of values that does not name them all. */
  more: { one: '{count} más', other: '{count} más' },
  accountsByPlatform: {
    caption: 'Número de cuentas corporativas en cada red social',
    description: 'Gráfico de barras horizontales con el número de cuentas de cada red social, de más a menos: {values}.',
  },
  accountsByUnit: {
    caption: 'Cuentas propias de cada unidad, de más a menos',
    captionTop: 'Cuentas propias de las {shown} unidades con más cuentas (de {count} unidades con alguna)',
    description: 'Gráfico de barras horizontales con el número de cuentas propias de cada unidad, de más a menos: {values}.',
  },
  costByLine: {
    caption: 'Coste estimado de cada línea estratégica',
    captionTop: 'Coste estimado de las {shown} primeras líneas estratégicas (de {count})',
    description: 'Gráfico de barras horizontales con el coste estimado de cada línea estratégica: {values}.',
  },
  kpiTargets: {
    caption: 'Valor de partida y meta de cada indicador',
    captionTop: 'Valor de partida y meta de los {shown} primeros indicadores (de {count} con ambos valores)',
    description:
      'Gráfico de barras que compara, para cada indicador, su valor de partida con la meta que se fija; cada indicador tiene su propia escala: {values}.',
    /** How a row names its indicator: the objective's number keeps apart indicators of the same name. */
    row: 'Obj. {objective} · {indicator}',
    change: 'de {baseline} a {target}',
    baseline: 'Valor de partida',
    target: 'Meta',
    scaleNote: 'Cada indicador, con su propia escala',
  },
} as const;
