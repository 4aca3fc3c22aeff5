package org.newsatlas.imports;

import org.newsatlas.imports.read.ImportReader;
import org.newsatlas.imports.read.ReadLimits;
import org.newsatlas.ingestion.IngestionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    @Bean
    ImportReader importReader(ImportProperties imports, IngestionProperties ingestion) {
        // a JSON line holds one article's text, escaped: twice the text limit leaves room for the escapes
        int maxLineChars = (int) Math.min(Integer.MAX_VALUE - 16, 2L * ingestion.maxTextChars() + 4096);
        return new ImportReader(new ReadLimits(ingestion.maxFileBytes(), imports.maxFeedBytes(), maxLineChars,
                imports.maxZipEntries(), imports.maxUnpackedBytes(), imports.maxZipRatio()));
    }
}
