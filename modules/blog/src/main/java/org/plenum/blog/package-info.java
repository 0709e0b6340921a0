/** Blogs and news: the site's News, chapters' and members' blogs, their posts and feeds. */
package org.plenum.blog;
