/**
 * The shell of the web application: layout, home page, locale switch, error pages and the mapping of
 * service refusals to Vietnamese messages for pages and the JSON API.
 */
package vn.ttdn.web;
