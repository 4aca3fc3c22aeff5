package org.newsatlas.base.ui;

import org.newsatlas.postgres.OnPostgres;

/** {@link UploadIT} on PostgreSQL. */
@OnPostgres
class UploadOnPostgresIT extends UploadIT {
}
