package org.newsatlas.evaluation;

/** A gold toponym and the prediction matched to it. */
public record Match(Toponym gold, Toponym predicted) {
}
