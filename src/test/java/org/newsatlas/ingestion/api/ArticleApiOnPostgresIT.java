package org.newsatlas.ingestion.api;

import org.newsatlas.postgres.OnPostgres;

/** {@link ArticleApiIT} on PostgreSQL. */
@OnPostgres
class ArticleApiOnPostgresIT extends ArticleApiIT {
}
