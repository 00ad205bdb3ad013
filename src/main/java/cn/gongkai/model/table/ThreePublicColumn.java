package cn.gongkai.model.table;

/** The columns of 公开07 “三公”经费及会议费、培训费支出决算表; 会议费 and 培训费 are outside the 三公 sum. */
public enum ThreePublicColumn implements Column {
    TOTAL("“三公”经费小计"),
    OVERSEAS("因公出国（境）费用"),
    RECEPTION("公务接待费"),
    VEHICLES("公务用车购置及运行维护费小计"),
    VEHICLE_PURCHASE("公务用车购置费"),
    VEHICLE_OPERATION("公务用车运行维护费"),
    MEETING("会议费"),
    TRAINING("培训费");

    private final String label;

    ThreePublicColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
