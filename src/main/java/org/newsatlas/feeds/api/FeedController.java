package org.newsatlas.feeds.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.newsatlas.feeds.FeedService;
import org.newsatlas.feeds.PollReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The configured feeds, the last poll's report, and a poll on demand. */
@RestController
@RequestMapping("/api/feeds")
class FeedController {

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    record FeedsState(List<String> feeds, Duration interval, boolean polling, PollReport lastPoll) {
    }

    record PollStarted(boolean started, boolean polling) {
    }

    @GetMapping
    FeedsState state() {
        return new FeedsState(feeds.feeds(), feeds.interval(), feeds.polling(), feeds.lastPoll().orElse(null));
    }

    /** 202 whether this request started the poll or one was already under way: either way one is running. */
    @PostMapping("/poll")
    ResponseEntity<?> poll() {
        if (feeds.feeds().isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("error", "No feeds are configured: list their addresses in newsatlas.feeds."));
        }
        boolean started = feeds.requestPoll();
        return ResponseEntity.accepted().body(new PollStarted(started, true));
    }
}
