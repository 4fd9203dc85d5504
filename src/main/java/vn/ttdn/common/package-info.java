/**
 * Small pieces every module shares: text folding for search, paging, XLSX export, errors with Vietnamese messages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ttdn.common;
