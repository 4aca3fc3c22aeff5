package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Summary of geocoding errors in km, as geoeval.py computes it. Sums run left to right like
 * Python 3.11's {@code sum()}, so the last digit agrees too.
 */
record GeocodingErrors(int n, int unresolved, double acc161, double median, double mean, double auc) {

    static final double MAX_KM = 20039.0;

    /**
     * 100 miles: a place at most this far from the gold point counts as correct (geoeval's
     * acc@161, the usual tolerance of geoparsing evaluations).
     */
    static final double CORRECT_KM = 161;

    /** Null when there are no errors (geoeval then prints only "n=0"). */
    static GeocodingErrors of(List<Double> errors, int unresolved) {
        if (errors.isEmpty()) {
            return null;
        }
        List<Double> e = new ArrayList<>(errors);
        Collections.sort(e);
        int n = e.size();
        double median = n % 2 == 1 ? e.get(n / 2) : (e.get(n / 2 - 1) + e.get(n / 2)) / 2;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.log(1 + e.get(i));
        }
        double area = 0;
        if (n > 1) {
            for (int i = 0; i < n - 1; i++) {
                area += (y[i] + y[i + 1]) / 2;
            }
        } else {
            area = y[0];
        }
        double auc = area / (Math.log(MAX_KM) * Math.max(n - 1, 1));
        double sum = 0;
        for (double x : e) {
            sum += x;
        }
        return new GeocodingErrors(n, unresolved, shareCorrect(errors), median, sum / n, auc);
    }

    /** Share of errors of at most 161 km (100 miles); 0 when there are none. */
    static double shareCorrect(List<Double> errors) {
        if (errors.isEmpty()) {
            return 0.0;
        }
        long close = errors.stream().filter(x -> x <= CORRECT_KM).count();
        return (double) close / errors.size();
    }

    /**
     * Haversine distance written exactly as geoeval.py writes it (radians first, then differences),
     * so a distance right at 161 km falls on the same side; the gazetteer's {@code GeoDistance.km} orders
     * it differently.
     */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double la1 = Math.toRadians(lat1);
        double lo1 = Math.toRadians(lon1);
        double la2 = Math.toRadians(lat2);
        double lo2 = Math.toRadians(lon2);
        double sinLat = Math.sin((la2 - la1) / 2);
        double sinLon = Math.sin((lo2 - lo1) / 2);
        double h = sinLat * sinLat + Math.cos(la1) * Math.cos(la2) * (sinLon * sinLon);
        return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
