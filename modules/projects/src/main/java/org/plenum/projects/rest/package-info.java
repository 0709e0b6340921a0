/** The projects over HTTP: projects, their steps and their teams. */
package org.plenum.projects.rest;
