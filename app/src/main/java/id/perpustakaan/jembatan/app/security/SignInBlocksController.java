package id.perpustakaan.jembatan.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see who is blocked from signing in after too many failures, and lift an account's block. */
@RestController
@Tag(name = "Administration")
class SignInBlocksController {

    private final SignInThrottle throttle;
    private final SignInAudit audit;

    SignInBlocksController(SignInThrottle throttle, SignInAudit audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @GetMapping("/api/admin/sign-in-blocks")
    @Operation(summary = "Accounts and addresses blocked from signing in now, the longest first")
    List<SignInThrottle.Block> blocks() {
        return throttle.blocks();
    }

    @DeleteMapping("/api/admin/sign-in-blocks/accounts/{account}")
    @Operation(summary = "Lift an account's block and forget its failures (404 when it has none)")
    ResponseEntity<Void> unlock(@PathVariable String account, Principal admin) {
        if (!throttle.unlock(account)) {
            return ResponseEntity.notFound().build();
        }
        audit.unlocked("account", account, admin.getName());
        return ResponseEntity.noContent().build();
    }
}
