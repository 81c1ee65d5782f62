package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;

/**
 * The trend of the activation ratio against the target, drawn by JFreeChart (headless AWT): each
 * year-end of the trend by its year, the last point by its date.
 */
final class TrendChart {

    private static final Color LINE = new Color(0x1F, 0x5F, 0x9F);
    private static final Color TARGET = new Color(0xC0, 0x39, 0x2B);

    private TrendChart() {
    }

    /** A line chart of the ratio in percent at each trend point, the target as a marked line; {@code scale} pixels per point. */
    static BufferedImage draw(ActivationDashboardView view, int width, int height, int scale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("d MMM yyyy", Bahasa.INDONESIA);
        for (ActivationDashboardView.TrendPoint point : view.trend()) {
            String label = point.asOf().getMonthValue() == 12 && point.asOf().getDayOfMonth() == 31
                    ? String.valueOf(point.year()) : shortDate.format(point.asOf());
            data.addValue(point.figures().ratio().movePointRight(2), "Rasio aktif (%)", label);
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "Rasio aktif (%)", data, PlotOrientation.VERTICAL,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        range.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        range.setRange(0, 100);
        range.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(10));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}",
                java.text.NumberFormat.getNumberInstance(Bahasa.INDONESIA)));
        ValueMarker target = new ValueMarker(view.target().movePointRight(2).doubleValue());
        target.setPaint(TARGET);
        target.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        target.setLabel("Target " + Bahasa.percent(view.target()));
        target.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        target.setLabelPaint(TARGET);
        target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(target);
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(scale, scale);
            chart.draw(graphics, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
