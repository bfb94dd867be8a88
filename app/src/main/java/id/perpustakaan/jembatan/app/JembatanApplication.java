package id.perpustakaan.jembatan.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jembatan: harvests the agencies' public information, publishes it to Kafka and makes it searchable. */
@SpringBootApplication(scanBasePackages = "id.perpustakaan.jembatan")
public class JembatanApplication {

    public static void main(String[] args) {
        SpringApplication.run(JembatanApplication.class, args);
    }
}
