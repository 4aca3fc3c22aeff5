package org.newsatlas.ingestion;

import org.newsatlas.postgres.OnPostgres;

/** {@link IngestionIsAtomicIT} on PostgreSQL. */
@OnPostgres
class IngestionIsAtomicOnPostgresIT extends IngestionIsAtomicIT {
}
