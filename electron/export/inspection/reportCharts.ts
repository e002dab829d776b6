import type { ChartSpec } from '../../../shared/inspection/charts/chartSpec';
import { kpiChart } from '../../../shared/inspection/charts/kpiChart';
import { servqualChart } from '../../../shared/inspection/charts/servqualChart';
import type { InspectionReportModel } from '../../../shared/inspection/reportModel';
import type { Translate } from '../../../shared/i18n/errorText';
import type { CjkFont } from '../picture/cjkFont';
import { CHART_SIZE } from './chartPicture';
import { renderChartPngs } from './chartSvg';

/*
 * The report's charts, specified from the model (the same options the screen draws) and
 * rasterised together in one pass before the pages are laid out.
 */

export type DrawnChart = { spec: ChartSpec; png: Buffer };

export type ReportCharts = {
  /** By plan KPI key; a KPI without measurements in the range has none. */
  kpis: ReadonlyMap<string, DrawnChart>;
  servqual: DrawnChart | null;
};

export function drawReportCharts(
  model: InspectionReportModel,
  t: Translate,
  font: CjkFont | null,
): ReportCharts {
  const kpiSpecs = model.kpis
    .filter((kpi) => kpi.points.length > 0)
    .map(
      (kpi) =>
        [
          kpi.key,
          kpiChart(
            {
              name: kpi.name,
              targetText: kpi.targetText,
              series: kpi.points,
              revisions: model.revisions,
            },
            t,
          ),
        ] as const,
    );
  const servqual = model.survey ? servqualChart(model.survey.survey, t) : null;
  const specs = [...kpiSpecs.map(([, spec]) => spec), ...(servqual ? [servqual] : [])];
  const pngs = renderChartPngs(
    specs.map((spec) => spec.option),
    CHART_SIZE,
    font,
  );
  const drawn = (spec: ChartSpec, i: number): DrawnChart => ({
    spec,
    png: pngs[i] ?? Buffer.alloc(0),
  });
  return {
    kpis: new Map(kpiSpecs.map(([key, spec], i) => [key, drawn(spec, i)])),
    servqual: servqual ? drawn(servqual, kpiSpecs.length) : null,
  };
}
