/** Texts of the formatted-text editor (the planner's own texts for the document). */
export const richtext = {
  toolbar: 'Formato de «{label}»',
  bold: 'Negrita (Ctrl+B)',
  italic: 'Cursiva (Ctrl+I)',
  bulletList: 'Lista con viñetas',
  orderedList: 'Lista numerada',
  link: 'Enlace',
  readOnly: 'Solo lectura',
  linkField: 'Dirección del enlace',
  linkHint: 'Una dirección web que empiece por https:// o una dirección de correo electrónico.',
  linkApply: 'Aplicar',
  linkRemove: 'Quitar el enlace',
  linkCancel: 'Cancelar',
  linkInvalid: 'Esa dirección no puede ser un enlace: solo se admiten direcciones web seguras (https://) y de correo electrónico (por ejemplo, prensa@ayuntamiento.es).',
};
