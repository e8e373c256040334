/** The pages people use (static HTML and JavaScript modules in the web module) and what protects them. */
package dk.oplys.web.pages;
