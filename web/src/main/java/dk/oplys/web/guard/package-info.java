/** Servlet filters that guard every request before it reaches the API or a page (cross-site writes). */
package dk.oplys.web.guard;
