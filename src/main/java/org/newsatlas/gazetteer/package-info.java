/**
 * The gazetteer: place names to GeoNames entries, held in memory.
 *
 * <p>Other features depend only on {@link org.newsatlas.gazetteer.Gazetteer}, loaded by
 * {@link org.newsatlas.gazetteer.GazetteerLoader} (in the web app, by the geoparser in the
 * background; {@code GazetteerConfiguration} binds the properties). Names are compared after
 * {@link org.newsatlas.gazetteer.NameNormalizer#normalize}, whose rules are listed there.
 *
 * <p>Configuration ({@link org.newsatlas.gazetteer.GazetteerProperties}):
 * <pre>
 * newsatlas.gazetteer.include-bundled=true          # gazetteer/*.txt[.gz] + demonyms.tsv inside the jar
 * newsatlas.gazetteer.extra-files=/data/LY.txt,/data/allCountries.txt.gz   # GeoNames dumps, plain or gzip
 * newsatlas.gazetteer.demonyms-file=/data/demonyms.tsv                    # replaces the bundled one
 * </pre>
 * Extra files may also be {@code classpath:} resources. The bundled files are read in the order
 * countries, admin1, regions, cities500, admin2 (all in GeoNames' 19-column dump format), so for a
 * geonameid present in several files the country/division row is the one kept; the other rows only
 * contribute alternate names.
 *
 * <p>The build indexes the bundled files once more into {@code gazetteer/gazetteer.snapshot}
 * ({@link org.newsatlas.gazetteer.GazetteerSnapshot}, run by Maven at {@code process-classes}); with
 * no extra files and no demonyms file the loader reads that instead of the text files, as long as
 * its fingerprint matches them, and logs which of the two it read and how long it took.
 *
 * <p>Command line (no Spring, commands in {@code org.newsatlas.cli}):
 * {@code java -jar newsatlas.jar gazetteer-benchmark [--extra FILE...]} and
 * {@code gazetteer-coverage [--extra FILE...] GOLD.jsonl...}; both also take {@code --no-bundled}
 * and {@code --demonyms FILE}. This package knows nothing of them: it is the lowest stage, and
 * everything else builds on it.
 */
package org.newsatlas.gazetteer;
