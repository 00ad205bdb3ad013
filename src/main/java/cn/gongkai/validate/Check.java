package cn.gongkai.validate;

import cn.gongkai.model.FinalAccounts;

/** A group of rules checked on one final-accounts disclosure. */
interface Check {

    void check(FinalAccounts fa, Report report);
}
