package org.newsatlas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The classes of the country shading: at most {@link #MAX_CLASSES} ranges of mentions whose
 * lower bounds are round numbers (1, 2, 5 times a power of ten) taken near the quantiles of the
 * countries' mentions, so that each colour holds a similar share of the countries and the legend
 * reads "10–19" rather than "13–27". Every country with a mention falls into exactly one class.
 */
final class ShadeClasses {

    /** Five steps of one hue are told apart reliably; more are not (ColorBrewer's advice). */
    static final int MAX_CLASSES = 5;

    private ShadeClasses() {
    }

    /** One class: from and to mentions, both inclusive. */
    record ShadeClass(int from, int to) {
    }

    static List<ShadeClass> of(List<Integer> mentions) {
        List<Integer> sorted = mentions.stream().filter(m -> m > 0).sorted().toList();
        if (sorted.isEmpty()) {
            return List.of();
        }
        TreeSet<Integer> lowerBounds = new TreeSet<>();
        lowerBounds.add(roundDown(sorted.get(0)));
        for (int i = 1; i < MAX_CLASSES; i++) {
            lowerBounds.add(roundDown(sorted.get(i * sorted.size() / MAX_CLASSES)));
        }
        List<Integer> bounds = new ArrayList<>(lowerBounds);
        int max = sorted.get(sorted.size() - 1);
        List<ShadeClass> classes = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            int to = i + 1 < bounds.size() ? bounds.get(i + 1) - 1 : max;
            classes.add(new ShadeClass(bounds.get(i), to));
        }
        return classes;
    }

    /** The index of the class that holds this many mentions, or -1 for none. */
    static int classOf(List<ShadeClass> classes, int mentions) {
        for (int i = 0; i < classes.size(); i++) {
            if (mentions >= classes.get(i).from() && mentions <= classes.get(i).to()) {
                return i;
            }
        }
        return -1;
    }

    /** The largest of 1, 2, 5, 10, 20, 50, ... that is at most {@code value} (value at least 1). */
    static int roundDown(int value) {
        int power = 1;
        while (power <= value / 10) {
            power *= 10;
        }
        for (int step : new int[] {5, 2, 1}) {
            if ((long) step * power <= value) {
                return step * power;
            }
        }
        return power;
    }
}
