// Rights articles: the list by topic and one article. The shell lazy-loads these.
export { RightsList } from './RightsList';
export { Article } from './Article';
