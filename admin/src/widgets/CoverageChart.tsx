import { useTheme } from 'styled-components';

import type { CoverageDay } from '../../../shared/contracts/admin';

type CoverageChartProps = {
  days: CoverageDay[];
  /** The accessible text of one day's bar. */
  describe: (day: CoverageDay) => string;
  label: string;
};

const WIDTH = 280;
const HEIGHT = 90;
const GAP = 3;

/**
 * One bar a day: the grey bar is 100 %, the coloured one the share of that day's stories
 * with a cross-link (no bar on a day without stories).
 */
export const CoverageChart = ({ days, describe, label }: CoverageChartProps) => {
  const { colors } = useTheme();
  const barWidth = (WIDTH - GAP * (days.length - 1)) / Math.max(days.length, 1);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      data-testid="newsroom-coverage-chart"
    >
      {days.map((day, index) => {
        const x = index * (barWidth + GAP);
        const share = day.published ? day.covered / day.published : 0;
        const height = Math.round(share * HEIGHT);
        return (
          <g key={day.date} data-testid={`newsroom-coverage-day-${day.date}`}>
            <title>{describe(day)}</title>
            <rect x={x} y={0} width={barWidth} height={HEIGHT} fill={colors.neutral150} rx={2} />
            {day.published > 0 && (
              <rect
                x={x}
                y={HEIGHT - height}
                width={barWidth}
                height={height}
                fill={colors.primary600}
                rx={2}
              />
            )}
          </g>
        );
      })}
    </svg>
  );
};
