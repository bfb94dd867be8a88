package id.perpustakaan.jembatan.indexer;

/**
 * An Elasticsearch node that Jembatan runs and watches itself (the local node of the default run). Health asks its
 * supervisor first, since that is all there is to say while the node is away; in production there is none.
 */
public interface SupervisedNode {

    /** The node as its supervisor sees it now. */
    State state();

    interface State {

        /** For people: "local node restarting after exit code 137, attempt 2". */
        String describe();

        /** Away and being started again: the cluster is down, whatever it answered last. */
        boolean restarting();
    }
}
