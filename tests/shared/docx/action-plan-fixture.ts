import type { PlanEngine } from '../../../shared/engine/engine';
import { engineWithPlan } from './engine-plan';

/**
 * A real plan, made through the engine as the screens make it, with an action plan that has a
 * bit of everything the Word chapters show: every SWOT quadrant (weights out of order, evidence
 * on some items), CAME options turned into lines and one that was not, objectives with and
 * without KPIs, a line without tactics, tactics with and without dates, one outside the period
 * and one cancelled, two cost roles.
 */
export async function engineWithActionPlan(): Promise<{ engine: PlanEngine }> {
  const { engine } = await engineWithPlan();
  const press = await engine.call('unit.create', { name: 'Gabinete de Comunicación' });
  const police = await engine.call('unit.create', { name: 'Policía Local' });
  const ana = await engine.call('person.create', { name: 'Ana García Ruiz', unitId: press.id });
  const luis = await engine.call('person.create', { name: 'Luis Pérez Gil', unitId: police.id });
  const facebook = await engine.call('account.create', { platform: 'facebook', handle: 'villanueva', unitId: press.id });
  const x = await engine.call('account.create', { platform: 'x', handle: '@policia_villanueva', unitId: police.id });

  const swot = (quadrant: 'strength' | 'weakness' | 'opportunity' | 'threat', text: string, weight: number, evidence = '') =>
    engine.call('swot.create', { quadrant, text, weight, evidence });
  await swot('strength', 'Cercanía del personal con el vecindario', 3);
  const police24 = await swot('strength', 'La Policía Local ya responde en redes las 24 horas', 5, 'Tiempo medio de respuesta de 2 horas en 2025.');
  const noPlan = await swot('weakness', 'No hay objetivos ni estrategia para las redes', 5, 'Ningún documento aprobado.');
  const scattered = await swot('weakness', 'Cuentas abiertas sin coordinación', 4);
  const accessibility = await swot('weakness', 'Sin criterios de accesibilidad en las publicaciones', 2);
  const young = await swot('opportunity', 'La gente joven se informa por redes', 4);
  const distrust = await swot('threat', 'Desconfianza y confusión con el Gobierno municipal', 3);
  const leaks = await swot('threat', 'Fugas de datos personales por descuido', 4, 'Dos incidencias notificadas en 2025.');

  const offensive = await engine.call('came.create', { strategy: 'offensive', text: 'Llevar la respuesta rápida de la Policía Local a todas las cuentas', swotItemIds: [police24.id, young.id] });
  const survival = await engine.call('came.create', { strategy: 'survival', text: 'Ordenar las cuentas y fijar quién responde de cada una', swotItemIds: [noPlan.id, scattered.id, leaks.id] });
  await engine.call('came.create', { strategy: 'reorientation', text: 'Formar al personal en accesibilidad', swotItemIds: [accessibility.id, young.id] });

  const order = await engine.call('objective.create', {
    statement: 'Que cada cuenta corporativa tenga una persona responsable y una finalidad aprobada antes de julio de 2026',
    deadline: '2026-06-30',
    ownerId: ana.id,
    swotItemIds: [noPlan.id, scattered.id],
  });
  const respond = await engine.call('objective.create', {
    statement: 'Responder a la ciudadanía en redes en menos de 24 horas',
    deadline: '2027-12-31',
    ownerId: luis.id,
    swotItemIds: [police24.id, distrust.id],
  });
  await engine.call('objective.create', { statement: 'Proteger los datos personales en todas las publicaciones' });
  await engine.call('kpi.create', { objectiveId: order.id, metric: 'accountsWithOwner', unit: '%', baseline: 40, target: 100, deadline: '2026-06-30', source: 'Inventario de cuentas', frequency: 'quarterly', ownerId: ana.id });
  await engine.call('kpi.create', { objectiveId: order.id, metric: 'dormantAccounts', unit: 'cuentas', baseline: 12, target: 0, frequency: 'quarterly' });
  await engine.call('kpi.create', { objectiveId: respond.id, metric: 'custom', name: 'Tiempo medio de respuesta en horas', unit: 'horas', baseline: 30.5, target: 12, deadline: '2027-12-31', source: 'Herramienta de gestión de redes', frequency: 'monthly', ownerId: luis.id });

  const lineOrder = await engine.call('came.toLine', { optionId: survival.id, name: 'Ordenar la presencia en redes' });
  await engine.call('line.update', { id: lineOrder.id, description: 'Un inventario único, con responsable y finalidad para cada cuenta.', objectiveIds: [order.id] });
  const lineRespond = await engine.call('came.toLine', { optionId: offensive.id, name: 'Conversar con la ciudadanía' });
  await engine.call('line.update', { id: lineRespond.id, objectiveIds: [respond.id] });
  await engine.call('line.create', { name: 'Cultura de la protección de datos' });

  const technician = await engine.call('role.create', { name: 'Técnico/a de comunicación', hourlyCost: 28 });
  const agent = await engine.call('role.create', { name: 'Agente de policía', hourlyCost: 31.5 });
  await engine.call('tactic.create', {
    lineId: lineOrder.id,
    title: 'Revisar el inventario y cerrar las cuentas abandonadas',
    description: 'Con cada unidad, cuenta por cuenta.',
    unitId: press.id,
    ownerId: ana.id,
    startOn: '2026-02-01',
    endOn: '2026-04-30',
    hoursOnce: 40,
    hoursPerWeek: 2,
    roleId: technician.id,
    accountIds: [facebook.id, x.id],
  });
  await engine.call('tactic.create', { lineId: lineOrder.id, title: 'Aprobar la guía de uso de redes', unitId: press.id, startOn: '2026-05-01', endOn: '2026-06-30', hoursOnce: 30, roleId: technician.id, otherCost: 600, status: 'in_progress' });
  await engine.call('tactic.create', { lineId: lineOrder.id, title: 'Encargar una auditoría externa', status: 'cancelled', startOn: '2026-03-01', endOn: '2026-03-31', otherCost: 3000 });
  await engine.call('tactic.create', { lineId: lineRespond.id, title: 'Turnos de respuesta en redes', unitId: police.id, ownerId: luis.id, startOn: '2026-09-01', endOn: '2027-12-31', hoursPerWeek: 5, roleId: agent.id });
  await engine.call('tactic.create', { lineId: lineRespond.id, title: 'Presentar el plan a los medios', startOn: '2027-11-01', endOn: '2028-02-29', hoursOnce: 8 });
  await engine.call('tactic.create', { lineId: lineRespond.id, title: 'Encuesta de satisfacción', hoursOnce: 12 });
  return { engine };
}
