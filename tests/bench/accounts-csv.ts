import { seededRandom } from './seeded-random';
import { translate } from '../../shared/i18n';
import { ACCOUNT_PURPOSES, ACCOUNT_STATUSES, PLATFORM_CODES } from '../../shared/model/accounts';
import type { OrgUnit } from '../../shared/model/units';
import type { Person } from '../../shared/model/people';

const HEADERS = ['Plataforma', 'Usuario', 'Nombre', 'Unidad', 'Estado', 'Finalidad', 'Seguidores', 'Última publicación', '2FA', 'Gestores', 'Notas'];

/** A cell as Excel writes it with ";" between cells: quoted when it holds ";", quotes or a line break. */
function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * An inventory of `count` accounts as a Spanish office keeps it in Excel and saves it as CSV:
 * UTF-8 with a byte-order mark, ";" between cells, CRLF line ends, Spanish words and dates
 * (dd/mm/aaaa), units and people named as the plan names them. Every row is valid, so the
 * import measures the whole way to the database.
 */
export function accountsCsv(count: number, units: readonly OrgUnit[], people: readonly Person[]): Uint8Array {
  const random = seededRandom(3);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lines = [HEADERS.join(';')];
  for (let i = 0; i < count; i++) {
    const managers = Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(people).name);
    const lastPost = random() < 0.3 ? `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/${String(1 + Math.floor(random() * 12)).padStart(2, '0')}/${2019 + Math.floor(random() * 7)}` : '';
    lines.push(
      [
        translate('es', `inventory.platforms.${pick(PLATFORM_CODES)}`),
        `@importada_${i + 1}`,
        `Cuenta importada ${i + 1}`,
        pick(units).name,
        translate('es', `inventory.statuses.${pick(ACCOUNT_STATUSES)}`),
        translate('es', `inventory.purposes.${pick(ACCOUNT_PURPOSES)}`),
        String(Math.floor(random() * 20_000)),
        lastPost,
        random() < 0.7 ? 'Sí' : 'No',
        [...new Set(managers)].join('; '),
        random() < 0.1 ? 'Heredada de la hoja de cálculo "antigua"; revisar' : '',
      ]
        .map(cell)
        .join(';'),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
