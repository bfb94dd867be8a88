package id.perpustakaan.jembatan.routes.normalise;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * One running parse, as its watchdog sees it. Stopping it interrupts the parsing thread — which ends a running
 * Tesseract process, since Tika destroys it when its wait is interrupted — and makes every checkpoint the parse
 * passes next throw: each read of the document or of a document inside it, each piece of text written, each
 * drawing operator of a PDF page rendered for OCR. Neither Tika nor PDFBox looks at the interrupt themselves.
 */
final class ParseWatch {

    private enum State { WAITING, RUNNING, STOPPED, FINISHED }

    private final CountDownLatch started = new CountDownLatch(1);
    private Thread parsing;
    private long startedAt;
    private State state = State.WAITING;
    /** Read without a lock: it is asked at every checkpoint, thousands of times a page. */
    private volatile boolean stopRequested;

    /** Called by the thread that runs the parse, as it starts; it is interrupted when the parse is stopped. */
    synchronized void begin() {
        parsing = Thread.currentThread();
        startedAt = System.nanoTime();
        if (state == State.WAITING) {
            state = State.RUNNING;
        }
        started.countDown();
    }

    /** Waits until a pool thread took the parse up; a parse waiting for a thread is not late yet. */
    long awaitStart() throws InterruptedException {
        started.await();
        synchronized (this) {
            return startedAt;
        }
    }

    /** Throws once the parse was stopped: called at every checkpoint of the parse. */
    void check() throws Stopped {
        if (stopRequested) {
            throw new Stopped();
        }
    }

    synchronized boolean stopped() {
        return state == State.STOPPED;
    }

    /** Stops the parse unless it finished: the interrupt may only reach the thread while it still parses. */
    synchronized void stop() {
        if (state == State.RUNNING) {
            parsing.interrupt();
        }
        if (state != State.FINISHED) {
            state = State.STOPPED;
            stopRequested = true;
        }
    }

    /**
     * Called by the parsing thread when the parse ended, however; after it no interrupt reaches the thread, and an
     * interrupt that arrived before is cleared, so the next parse on the same thread starts clean.
     *
     * @return whether the parse had been stopped
     */
    boolean finish() {
        boolean wasStopped;
        synchronized (this) {
            wasStopped = state == State.STOPPED;
            state = State.FINISHED;
        }
        Thread.interrupted();
        return wasStopped;
    }

    /** What a checkpoint throws once the parse was stopped; an {@link IOException} so that parsers pass it on. */
    static final class Stopped extends IOException {
        Stopped() {
            super("the parse was stopped at its time limit");
        }
    }
}
