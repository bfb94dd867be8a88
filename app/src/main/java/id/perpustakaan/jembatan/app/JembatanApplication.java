package id.perpustakaan.jembatan.app;

import id.perpustakaan.jembatan.app.security.UserCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Jembatan: harvests the agencies' public information, publishes it to Kafka and makes it searchable. Started with
 * {@code user …} it manages librarians' accounts instead ({@link UserCommand}).
 */
@SpringBootApplication(scanBasePackages = "id.perpustakaan.jembatan")
public class JembatanApplication {

    public static void main(String[] args) {
        if (UserCommand.isAsked(args)) {
            System.exit(UserCommand.main(args));
        }
        SpringApplication.run(JembatanApplication.class, args);
    }
}
