/**
 * Demo mode: on first start with {@code ttdn.demo=true}, the seed provinces with their agencies as they were
 * before 1 July 2025, the seed plans read through the product's own intake, the 2025 reorganisation applied
 * through the directory, and one user per role.
 */
package vn.ttdn.demo;
