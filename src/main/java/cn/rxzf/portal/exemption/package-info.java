/**
 * The guided exemption check ("我的情况能免罚吗？"): an item's own conditions and the general rules of 《行政处罚法》
 * arts. 30–36 turned into one outcome with the article it rests on, served as a form, an answer page and JSON.
 */
package cn.rxzf.portal.exemption;
