package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.indexer.index.IndexKind;
import id.perpustakaan.jembatan.indexer.rebuild.RebuildProgress;
import id.perpustakaan.jembatan.indexer.rebuild.Rebuilds;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilding the public, inbox, audit, failures or runs index from the topics while it keeps answering (administrators
 * only).
 */
@RestController
class IndicesController {

    private final Rebuilds rebuilds;

    IndicesController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/api/admin/indices/{index}/rebuild")
    ResponseEntity<RebuildProgress> rebuild(@PathVariable String index, Principal user) {
        RebuildProgress started = rebuilds.start(IndexKind.of(index), "requested by " + user.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/admin/indices/" + index + "/rebuild").body(started);
    }

    @GetMapping("/api/admin/indices/{index}/rebuild")
    RebuildProgress progress(@PathVariable String index) {
        return rebuilds.progress(IndexKind.of(index))
                .orElseThrow(() -> new NotFoundException("no rebuild of the " + index + " index since start-up"));
    }
}
