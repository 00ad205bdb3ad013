package cn.gongkai.render;

/** Told how rendering advances, for a progress bar on long builds. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void start(int total) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void done() {
        }
    };

    void start(int total);

    /** One more page rendered or kept; called from any thread. */
    void advance();

    void done();
}
