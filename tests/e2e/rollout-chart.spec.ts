import { expect, test } from '@playwright/test';

/**
 * The rollout chart marks the "as of" day (2026-12-07 on the test build) on its time axis, with
 * its label, past the sources' last year: the axis reaches 2026.
 */

const cases = [
  { url: '/en/rollout/', label: 'As of December 7, 2026' },
  { url: '/fr/deploiement/', label: 'Situation au 7 décembre 2026' },
] as const;

for (const { url, label } of cases) {
  test(`the rollout chart ${url} draws a line at the "as of" day, labelled "${label}", in the axis's last year`, async ({ page }) => {
    await page.goto(url);
    const chart = page.getByTestId('rollout-chart');
    await expect(chart).toHaveAttribute('aria-hidden', 'true');
    const marker = chart.getByTestId('chart-as-of');
    await expect(marker).toHaveText(label);
    await expect(marker).toHaveAttribute('data-day', '2026-12-07');
    await expect(marker).toBeVisible();
    // One line through the axis and one through each of the 15 rows.
    await expect(chart.getByTestId('chart-as-of-line')).toHaveCount(16);

    const axis = chart.getByTestId('chart-axis');
    await expect(axis.locator('span', { hasText: /^2026$/ })).toHaveCount(1);
    const axisBox = (await axis.boundingBox())!;
    const year2026 = (await axis.locator('span', { hasText: /^2026$/ }).boundingBox())!;
    const line = (await axis.getByTestId('chart-as-of-line').boundingBox())!;
    const lineX = line.x + line.width / 2;
    // 2026 is the axis's last year (its label sits 4 px right of where the year starts), and
    // 2026-12-07 is 340 days into its 365.
    const start2026 = year2026.x - 4;
    const axisEnd = axisBox.x + axisBox.width;
    expect(lineX).toBeGreaterThan(start2026);
    expect(lineX).toBeLessThan(axisEnd);
    expect(Math.abs(lineX - (start2026 + ((axisEnd - start2026) * 340) / 365))).toBeLessThan(3);

    // The label ends at the line and stays inside the chart.
    const labelBox = (await marker.boundingBox())!;
    expect(Math.abs(labelBox.x + labelBox.width - lineX)).toBeLessThan(3);
    expect(labelBox.x).toBeGreaterThanOrEqual(axisBox.x);
  });
}

test('on a phone the "as of" label stays inside the chart', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fr/deploiement/');
  const chart = page.getByTestId('rollout-chart');
  const chartBox = (await chart.boundingBox())!;
  const labelBox = (await chart.getByTestId('chart-as-of').boundingBox())!;
  expect(labelBox.x).toBeGreaterThanOrEqual(chartBox.x);
  expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(chartBox.x + chartBox.width + 1);
});
