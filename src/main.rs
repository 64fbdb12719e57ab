fn main() {
    marketo_guides::start();
}
