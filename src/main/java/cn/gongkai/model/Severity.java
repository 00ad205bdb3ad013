package cn.gongkai.model;

/** How serious a finding is: an error stops publication, a warning is reported and published anyway. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Chinese word printed in reports. */
    public String label() {
        return label;
    }
}
