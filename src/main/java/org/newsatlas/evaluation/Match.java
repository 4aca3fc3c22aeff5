package org.newsatlas.evaluation;

/** A gold toponym and the prediction matched to it. */
record Match(Toponym gold, Toponym predicted) {
}
