/** Budget review results (预算评审结果): the reviewers' list of a department's projects with scores and recommendations. */
package cn.gongkai.model.review;
